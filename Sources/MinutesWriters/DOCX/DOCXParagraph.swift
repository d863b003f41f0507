/// One paragraph's properties, written in the schema's `w:pPr` order.
struct DOCXParagraph {
    var style: String?
    var keepNext = false
    var keepLines = false
    /// List membership: numbering instance and level.
    var list: (numId: Int, level: Int)?
    var spacingBefore: Int?
    var spacingAfter: Int?
    var indentLeft: Int?
    var hanging: Int?
    /// `w:jc`: "left", "center", "right", overriding the style's.
    var alignment: String?

    /// Writes `<w:p>` with these properties and `content` as its runs.
    func write(_ ml: WordML, _ content: () throws -> Void) throws {
        try ml.element("w:p") {
            try properties(ml)
            try content()
        }
    }

    private func properties(_ ml: WordML) throws {
        let hasIndent = indentLeft != nil || hanging != nil
        let hasSpacing = spacingBefore != nil || spacingAfter != nil
        guard style != nil || keepNext || keepLines || list != nil || hasSpacing || hasIndent || alignment != nil else { return }
        try ml.element("w:pPr") {
            if let style { try ml.val("w:pStyle", style) }
            if keepNext { try ml.empty("w:keepNext") }
            if keepLines { try ml.empty("w:keepLines") }
            if let list {
                try ml.element("w:numPr") {
                    try ml.val("w:ilvl", String(list.level))
                    try ml.val("w:numId", String(list.numId))
                }
            }
            if hasSpacing {
                let spacing = [("w:before", spacingBefore), ("w:after", spacingAfter)].compactMap { name, value in value.map { (name, String($0)) } }
                try ml.empty("w:spacing", spacing)
            }
            if hasIndent {
                var attributes: [(String, String)] = []
                if let indentLeft { attributes.append(("w:left", String(indentLeft))) }
                if let hanging { attributes.append(("w:hanging", String(hanging))) }
                try ml.empty("w:ind", attributes)
            }
            if let alignment { try ml.val("w:jc", alignment) }
        }
    }
}
