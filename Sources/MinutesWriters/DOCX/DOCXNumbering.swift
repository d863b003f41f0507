/// The list instances a document uses and the `word/numbering.xml` that defines them.
///
/// Two abstract lists (bullet, decimal). Bullet lists share one instance; every ordered list gets its own
/// instance with a start override, because Word lists sharing a `numId` continue each other's numbering.
final class DOCXNumbering {
    static let levels = 9
    private static let bulletAbstract = 0
    private static let decimalAbstract = 1
    private static let bulletNumId = 1
    private static let bulletMarkers = ["•", "–", "▪"]

    /// Ordered instances after the shared bullet one: numId, the level they start at, start number.
    private var ordered: [(numId: Int, level: Int, start: Int)] = []

    /// The `numId` for a new list at `level`.
    func instance(ordered isOrdered: Bool, start: Int, level: Int) -> Int {
        guard isOrdered else { return DOCXNumbering.bulletNumId }
        let numId = DOCXNumbering.bulletNumId + 1 + ordered.count
        ordered.append((numId, level, max(0, start)))
        return numId
    }

    /// The left indent of a list level, past the surrounding indent.
    static func indent(level: Int) -> Int { DOCXMeasure.indentStep * (level + 1) }

    func part() throws -> [UInt8] {
        try WordML.part { ml in
            try ml.root("w:numbering") {
                try abstract(ml, id: DOCXNumbering.bulletAbstract) { level in
                    ("bullet", DOCXNumbering.bulletMarkers[level % DOCXNumbering.bulletMarkers.count])
                }
                try abstract(ml, id: DOCXNumbering.decimalAbstract) { level in ("decimal", "%\(level + 1).") }
                try num(ml, id: DOCXNumbering.bulletNumId, abstract: DOCXNumbering.bulletAbstract, restart: nil)
                for instance in ordered {
                    try num(ml, id: instance.numId, abstract: DOCXNumbering.decimalAbstract, restart: (instance.level, instance.start))
                }
            }
        }
    }

    private func abstract(_ ml: WordML, id: Int, format: (Int) -> (numFmt: String, text: String)) throws {
        try ml.element("w:abstractNum", [("w:abstractNumId", String(id))]) {
            try ml.val("w:multiLevelType", "hybridMultilevel")
            for level in 0..<DOCXNumbering.levels {
                let (numFmt, text) = format(level)
                try ml.element("w:lvl", [("w:ilvl", String(level))]) {
                    try ml.val("w:start", "1")
                    try ml.val("w:numFmt", numFmt)
                    try ml.val("w:lvlText", text)
                    try ml.val("w:lvlJc", "left")
                    try ml.element("w:pPr") {
                        try ml.empty("w:ind", [
                            ("w:left", String(DOCXNumbering.indent(level: level))), ("w:hanging", String(DOCXMeasure.listHanging)),
                        ])
                    }
                }
            }
        }
    }

    private func num(_ ml: WordML, id: Int, abstract: Int, restart: (level: Int, start: Int)?) throws {
        try ml.element("w:num", [("w:numId", String(id))]) {
            try ml.val("w:abstractNumId", String(abstract))
            if let restart {
                try ml.element("w:lvlOverride", [("w:ilvl", String(restart.level))]) {
                    try ml.val("w:startOverride", String(restart.start))
                }
            }
        }
    }
}
