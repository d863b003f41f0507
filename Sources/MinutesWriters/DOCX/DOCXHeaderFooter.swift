import MinutesModel

/// The running header and the page label "Sida 1 (4)". Most kinds: kind and organ left, date at the right tab,
/// the page label in the footer. A sammanträdesprotokoll: organ (bold) left, "SAMMANTRÄDESPROTOKOLL" and the
/// page label on the first line, "Sammanträdesdatum …" under the kind, ruled off from the text; the footer is empty.
/// Both parts declare the relationships namespace, as Word's do (docx2python looks `r:` up in every part).
enum DOCXHeaderFooter {
    static func header(_ meta: Metadata) throws -> [UInt8] {
        try WordML.part { ml in
            try ml.root("w:hdr", withRelationships: true) {
                guard RunningHeader.pageLabelInHeader(meta) else {
                    try DOCXParagraph(style: "Header").write(ml) {
                        try text(ml, RunningHeader.left(meta))
                        try tab(ml)
                        try text(ml, RunningHeader.right(meta))
                    }
                    return
                }
                try DOCXParagraph(style: "SidhuvudProtokoll").write(ml) {
                    try ml.element("w:r") {
                        try ml.element("w:rPr") { try ml.empty("w:b"); try ml.empty("w:bCs") }
                        try ml.t(RunningHeader.organLine(meta))
                    }
                    try tab(ml)
                    try text(ml, RunningHeader.kindLine(meta))
                    try tab(ml)
                    try pageLabel(ml)
                }
                try DOCXParagraph(style: "SidhuvudDatum").write(ml) {
                    try text(ml, RunningHeader.municipalityLine(meta) ?? "")
                    try tab(ml)
                    try text(ml, RunningHeader.dateLine(meta) ?? "")
                }
            }
        }
    }

    /// "Sida 1 (4)" at the right, or an empty paragraph when Protokoll's header holds the page label
    /// (`ownHeader` false: a template's header is used instead, so the footer carries it).
    static func footer(_ meta: Metadata, ownHeader: Bool = true, furniture: PageFurniture? = nil) throws -> [UInt8] {
        try WordML.part { ml in
            try ml.root("w:ftr", withRelationships: true) {
                if let furniture { try boxes(ml, furniture) }
                try DOCXParagraph(style: "Footer").write(ml) {
                    if !(ownHeader && RunningHeader.pageLabelInHeader(meta)) { try pageLabel(ml) }
                }
            }
        }
    }

    /// The page furniture: a box per justerare, a gap, "Utdragsbestyrkande" (widths from `PageFurniture`, as in the ODT).
    private static func boxes(_ ml: WordML, _ furniture: PageFurniture) throws {
        let box = DOCXMeasure.twips(centimetres: Double(PageFurniture.boxWidth) / 10)
        let columns = Array(repeating: box, count: furniture.adjusters) + [DOCXMeasure.twips(centimetres: Double(furniture.gapWidth) / 10), box]
        let table = DOCXTable(style: nil, columns: columns, textAlignsWithMargin: false)
        let labels = Array(repeating: PageFurniture.signatureLabel, count: furniture.adjusters) + ["", PageFurniture.extractLabel]
        try table.write(ml) {
            try table.row(ml, boxed: Set((0..<columns.count).filter { $0 != furniture.adjusters }), minimumHeight: DOCXMeasure.twips(centimetres: 1.1),
                          cells: labels.map { label in {
                var paragraph = DOCXParagraph(style: "Footer")
                paragraph.alignment = "center"  // as the ODT footer style sets it
                try paragraph.write(ml) { try text(ml, label) }
            } })
        }
    }

    /// "Sida N (M)": PAGE and NUMPAGES as complex fields, each with a cached result so no reader asks to update them.
    private static func pageLabel(_ ml: WordML) throws {
        try text(ml, "Sida ")
        try field(ml, "PAGE")
        try text(ml, " (")
        try field(ml, "NUMPAGES")
        try text(ml, ")")
    }

    private static func text(_ ml: WordML, _ s: String) throws {
        guard !s.isEmpty else { return }
        try ml.element("w:r") { try ml.t(s) }
    }

    private static func tab(_ ml: WordML) throws {
        try ml.element("w:r") { try ml.empty("w:tab") }
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
