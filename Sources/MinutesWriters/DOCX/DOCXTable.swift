/// A table's frame: style, fixed column widths, indent; rows are written with `row`.
struct DOCXTable {
    var style: String?
    var columns: [Int]
    var indent = 0
    /// Whether the table style's first-row formatting applies.
    var hasHeaderRow = false
    /// Whether cell text lines up with the body text (no left cell margin); for tables without side borders.
    var textAlignsWithMargin = true

    /// Writes `<w:tbl>` with its properties and grid, then `rows`.
    func write(_ ml: WordML, rows: () throws -> Void) throws {
        try ml.element("w:tbl") {
            try ml.element("w:tblPr") {
                if let style { try ml.val("w:tblStyle", style) }
                try ml.empty("w:tblW", [("w:w", String(columns.reduce(0, +))), ("w:type", "dxa")])
                if indent > 0 { try ml.empty("w:tblInd", [("w:w", String(indent)), ("w:type", "dxa")]) }
                try ml.empty("w:tblLayout", [("w:type", "fixed")])
                if textAlignsWithMargin {
                    try ml.element("w:tblCellMar") {
                        try ml.empty("w:left", [("w:w", "0"), ("w:type", "dxa")])
                        try ml.empty("w:right", [("w:w", "113"), ("w:type", "dxa")])
                    }
                }
                try ml.empty("w:tblLook", [
                    ("w:val", hasHeaderRow ? "0420" : "0000"), ("w:firstRow", hasHeaderRow ? "1" : "0"), ("w:lastRow", "0"),
                    ("w:firstColumn", "0"), ("w:lastColumn", "0"), ("w:noHBand", "1"), ("w:noVBand", "1"),
                ])
            }
            try ml.element("w:tblGrid") {
                for width in columns { try ml.empty("w:gridCol", [("w:w", String(width))]) }
            }
            try rows()
        }
    }

    /// A row that never splits across pages; `isHeader` repeats it on every page the table spans.
    /// Each cell closure must write at least one paragraph; missing cells get an empty one.
    /// `boxed` cells get a frame on all four sides; `minimumHeight` (twips) keeps the row at least that tall.
    func row(_ ml: WordML, isHeader: Bool = false, cellBorderBottom: Bool = false, boxed: Set<Int> = [], minimumHeight: Int? = nil,
             cells: [() throws -> Void]) throws {
        try ml.element("w:tr") {
            try ml.element("w:trPr") {
                try ml.empty("w:cantSplit")
                if let minimumHeight { try ml.empty("w:trHeight", [("w:val", String(minimumHeight)), ("w:hRule", "atLeast")]) }
                if isHeader { try ml.empty("w:tblHeader") }
            }
            for (index, width) in columns.enumerated() {
                try ml.element("w:tc") {
                    try ml.element("w:tcPr") {
                        try ml.empty("w:tcW", [("w:w", String(width)), ("w:type", "dxa")])
                        if boxed.contains(index) {
                            try ml.element("w:tcBorders") {
                                for side in ["w:top", "w:left", "w:bottom", "w:right"] {
                                    try ml.empty(side, [("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "000000")])
                                }
                            }
                        } else if cellBorderBottom {
                            try ml.element("w:tcBorders") {
                                try ml.empty("w:bottom", [("w:val", "single"), ("w:sz", "6"), ("w:space", "0"), ("w:color", "404040")])
                            }
                        }
                    }
                    if index < cells.count { try cells[index]() } else { try ml.empty("w:p") }
                }
            }
        }
    }

    /// Column widths sharing `total` evenly (the last takes the remainder).
    static func evenColumns(_ count: Int, total: Int) -> [Int] {
        guard count > 0 else { return [] }
        let each = total / count
        return Array(repeating: each, count: count - 1) + [total - each * (count - 1)]
    }
}
