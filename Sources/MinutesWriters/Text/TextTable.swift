import SwedishTypography

/// Lays out a table as aligned columns of text, wrapping cells that do not fit the width.
struct TextTable {
    var header: [String]?
    var rows: [[String]]
    /// Spaces between columns.
    var gap = 2

    /// The table's lines, none wider than `width` display columns.
    func render(width: Int) -> [String] {
        // Columns with nothing in any row are left out (a list of names needs no empty Organisation column).
        let source = self.rows
        let keep = (0..<(source.map { $0.count }.max() ?? 0)).filter { column in
            column == 0 || source.contains { column < $0.count && !$0[column].isEmpty }
        }
        let shownHeader = self.header.map { h in keep.map { $0 < h.count ? h[$0] : "" } }
        let shownRows = source.map { r in keep.map { $0 < r.count ? r[$0] : "" } }
        let all = (shownHeader.map { [$0] } ?? []) + shownRows
        let columnCount = all.map(\.count).max() ?? 0
        guard columnCount > 0 else { return [] }
        var widths = (0..<columnCount).map { column in
            all.map { column < $0.count ? TextMeasure.displayWidth($0[column]) : 0 }.max() ?? 0
        }
        widths = fit(widths, into: width - gap * (columnCount - 1))
        var lines: [String] = []
        if let shownHeader {
            lines += renderRow(shownHeader, widths: widths)
            lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: String(repeating: " ", count: gap)))
        }
        for row in shownRows { lines += renderRow(row, widths: widths) }
        return lines.map { String($0.trimmingTrailingSpaces) }
    }

    /// Shrinks the widest columns until the total fits, keeping every column at least 6 wide.
    private func fit(_ widths: [Int], into available: Int) -> [Int] {
        var w = widths
        while w.reduce(0, +) > available, let widest = w.indices.max(by: { w[$0] < w[$1] }), w[widest] > 6 {
            w[widest] -= 1
        }
        return w
    }

    private func renderRow(_ row: [String], widths: [Int]) -> [String] {
        let cells = widths.indices.map { column in
            column < row.count && !row[column].isEmpty ? TextMeasure.wrap(row[column], width: widths[column]) : [""]
        }
        let height = cells.map(\.count).max() ?? 1
        return (0..<height).map { lineIndex in
            widths.indices.map { column -> String in
                let text = lineIndex < cells[column].count ? cells[column][lineIndex] : ""
                let isLast = column == widths.count - 1
                return isLast ? text : text + String(repeating: " ", count: max(0, widths[column] - TextMeasure.displayWidth(text)))
            }.joined(separator: String(repeating: " ", count: gap))
        }
    }
}

extension String {
    var trimmingTrailingSpaces: Substring {
        var s = self[...]
        while s.last == " " { s.removeLast() }
        return s
    }
}
