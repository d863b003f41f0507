import MinutesModel

/// The running header (kind and organ left, date at the right tab) and the footer "Sida 1 (4)".
enum DOCXHeaderFooter {
    static func header(_ meta: Metadata) throws -> [UInt8] {
        try WordML.part { ml in
            try ml.root("w:hdr") {
                try DOCXParagraph(style: "Header").write(ml) {
                    try ml.element("w:r") {
                        try ml.t(RunningHeader.left(meta))
                        try ml.empty("w:tab")
                        try ml.t(RunningHeader.right(meta))
                    }
                }
            }
        }
    }

    /// PAGE and NUMPAGES as complex fields, each with a cached result so no reader asks to update them.
    static func footer() throws -> [UInt8] {
        try WordML.part { ml in
            try ml.root("w:ftr") {
                try DOCXParagraph(style: "Footer").write(ml) {
                    try text(ml, "Sida ")
                    try field(ml, "PAGE")
                    try text(ml, " (")
                    try field(ml, "NUMPAGES")
                    try text(ml, ")")
                }
            }
        }
    }

    private static func text(_ ml: WordML, _ s: String) throws {
        try ml.element("w:r") { try ml.t(s) }
    }

    private static func field(_ ml: WordML, _ instruction: String) throws {
        try ml.element("w:r") { try ml.empty("w:fldChar", [("w:fldCharType", "begin")]) }
        try ml.element("w:r") {
            try ml.xml.element("w:instrText", attributes: [("xml:space", "preserve")], text: " \(instruction) ")
        }
        try ml.element("w:r") { try ml.empty("w:fldChar", [("w:fldCharType", "separate")]) }
        try text(ml, "1")
        try ml.element("w:r") { try ml.empty("w:fldChar", [("w:fldCharType", "end")]) }
    }
}
