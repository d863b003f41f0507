import MinutesModel
internal import CCmarkGFM

/// Reads Markdown with cmark-gfm (tables included) into `SourceBlock`s with source positions.
struct CommonMarkReader {
    /// Deeper nesting than this is flattened to text, so hostile input cannot exhaust the stack.
    static let maxDepth = 48

    private let lineStarts: [Int]
    private let utf8: [UInt8]
    private(set) var diagnostics: [Diagnostic] = []
    private var reportedDepth = false
    /// Control characters written as entities (`&#1;`), which cmark decodes after the source was cleaned.
    private var entityControls = 0
    private var firstEntityControl: SourceLocation?

    init(text: String) {
        utf8 = Array(text.utf8)
        var starts = [0]
        for (i, b) in utf8.enumerated() where b == 0x0A { starts.append(i + 1) }
        lineStarts = starts
    }

    /// Parses the whole text into top-level blocks.
    mutating func read() -> [SourceBlock] {
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return [] }
        defer { cmark_parser_free(parser) }
        var extensions = ["strikethrough"]
        if let wide = firstOverwideLine() {
            // cmark-gfm's table extension appends each cell to a linked list by walking it: time grows with the
            // square of the cells in a row (4× a file of 2,000-pipe rows took 16× the time), so such a file is
            // read without tables.
            diagnostics.append(Diagnostic(
                .warning, "table-too-wide",
                "a line with more than \(Self.maxTableCells) “|”; tables are read as text in this file", at: SourceLocation(line: wide, column: 1)))
        } else {
            extensions.append("table")
        }
        for name in extensions {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        guard let root = cmark_parser_finish(parser) else { return [] }
        defer { cmark_node_free(root) }
        let result = blocks(under: root, depth: 0)
        if let first = firstEntityControl {
            let more = entityControls > 1 ? " (\(entityControls) in all)" : ""
            diagnostics.append(Diagnostic(
                .warning, "control-character",
                "control character written as an entity replaced by U+FFFD (percent-encoded in a link address)\(more); XML and Word refuse them", at: first))
        }
        return result
    }

    /// More cells than this in one row turn tables off for the file.
    static let maxTableCells = 256

    /// The first line (1-based) with more than `maxTableCells` pipes, if any.
    private func firstOverwideLine() -> Int? {
        var line = 1, pipes = 0
        for byte in utf8 {
            if byte == UInt8(ascii: "|") {
                pipes += 1
                if pipes > Self.maxTableCells { return line }
            } else if byte == 0x0A {
                line += 1
                pipes = 0
            }
        }
        return nil
    }

    private mutating func blocks(under parent: OpaquePointer, depth: Int) -> [SourceBlock] {
        var out: [SourceBlock] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            if let block = block(node, depth: depth) { out.append(block) }
            child = cmark_node_next(node)
        }
        return out
    }

    private mutating func block(_ node: OpaquePointer, depth: Int) -> SourceBlock? {
        let location = self.location(of: node)
        if depth > CommonMarkReader.maxDepth {
            if !reportedDepth {
                reportedDepth = true
                diagnostics.append(Diagnostic(.warning, "too-deep", "nesting deeper than \(CommonMarkReader.maxDepth) levels kept as plain text", at: location))
            }
            return SourceBlock(kind: .paragraph(lines: [[.text(plainText(node))]]), location: location)
        }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return SourceBlock(kind: .paragraph(lines: lines(node, depth: depth)), location: location)
        case CMARK_NODE_HEADING:
            let level = Int(cmark_node_get_heading_level(node))
            return SourceBlock(kind: .heading(level: level, lines(node, depth: depth).joinedAsParagraph), location: location)
        case CMARK_NODE_LIST:
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            var items: [[SourceBlock]] = []
            var item = cmark_node_first_child(node)
            while let current = item {
                items.append(blocks(under: current, depth: depth + 1))
                item = cmark_node_next(current)
            }
            return SourceBlock(kind: .list(ordered: ordered, start: Int(cmark_node_get_list_start(node)), items: items), location: location)
        case CMARK_NODE_BLOCK_QUOTE:
            return SourceBlock(kind: .quote(blocks(under: node, depth: depth + 1)), location: location)
        case CMARK_NODE_CODE_BLOCK:
            var text = literal(node)
            if text.hasSuffix("\n") { text.removeLast() }
            return SourceBlock(kind: .code(text), location: location)
        case CMARK_NODE_HTML_BLOCK:
            let lines = HTMLText.lines(of: literal(node))
            return lines.isEmpty ? nil : SourceBlock(kind: .html(lines: lines), location: location)
        case CMARK_NODE_THEMATIC_BREAK:
            return SourceBlock(kind: .thematicBreak, location: location)
        default:
            if typeName(node) == "table" { return table(node, location: location, depth: depth) }
            let text = plainText(node)
            return text.isEmpty ? nil : SourceBlock(kind: .paragraph(lines: [[.text(text)]]), location: location)
        }
    }

    private mutating func table(_ node: OpaquePointer, location: SourceLocation, depth: Int) -> SourceBlock {
        var header: [[Inline]]?
        var rows: [[[Inline]]] = []
        var row = cmark_node_first_child(node)
        while let current = row {
            var cells: [[Inline]] = []
            var cell = cmark_node_first_child(current)
            while let c = cell {
                cells.append(lines(c, depth: depth + 1).joinedAsParagraph)
                cell = cmark_node_next(c)
            }
            if cmark_gfm_extensions_get_table_row_is_header(current) != 0 && header == nil {
                header = cells
            } else {
                rows.append(cells)
            }
            row = cmark_node_next(current)
        }
        let width = max(header?.count ?? 0, rows.map(\.count).max() ?? 0)
        let pad: ([[Inline]]) -> [[Inline]] = { $0 + Array(repeating: [], count: width - $0.count) }
        return SourceBlock(kind: .table(header: header.map(pad), rows: rows.map(pad)), location: location)
    }

    /// The inline children of a block, split into source lines at soft and hard breaks.
    private mutating func lines(_ node: OpaquePointer, depth: Int) -> [[Inline]] {
        var result: [[Inline]] = [[]]
        var child = cmark_node_first_child(node)
        while let current = child {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                result.append([])
            default:
                result[result.count - 1].append(contentsOf: inlines(current, depth: depth + 1))
            }
            child = cmark_node_next(current)
        }
        return result.map(\.mergingText)
    }

    private mutating func inlines(_ node: OpaquePointer, depth: Int) -> [Inline] {
        if depth > CommonMarkReader.maxDepth { return [.text(plainText(node))] }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return [.text(literal(node))]
        case CMARK_NODE_CODE: return [.code(literal(node))]
        case CMARK_NODE_SOFTBREAK: return [.text(" ")]
        case CMARK_NODE_LINEBREAK: return [.lineBreak]
        case CMARK_NODE_HTML_INLINE: return []
        case CMARK_NODE_EMPH: return [.emphasis(children(node, depth: depth))]
        case CMARK_NODE_STRONG: return [.strong(children(node, depth: depth))]
        case CMARK_NODE_LINK:
            // An entity can put a control character into a destination; it is kept, percent-encoded (fuzz finding).
            let raw = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            let (url, replaced) = ControlCharacters.percentEncoding(in: raw)
            if replaced > 0 {
                entityControls += replaced
                if firstEntityControl == nil { firstEntityControl = location(of: node) }
            }
            // cmark keeps an autolink inside a link's text; a link holds none.
            return [.link(text: children(node, depth: depth).unlinked.mergingText, destination: url)]
        case CMARK_NODE_IMAGE: return children(node, depth: depth)
        default: return children(node, depth: depth)
        }
    }

    private mutating func children(_ node: OpaquePointer, depth: Int) -> [Inline] {
        var out: [Inline] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            out.append(contentsOf: inlines(current, depth: depth + 1))
            child = cmark_node_next(current)
        }
        return out.mergingText
    }

    /// All text below a node, without recursion (safe at any depth).
    private mutating func plainText(_ node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK: text += literal(current)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text
    }

    /// The node's text; control characters (only entities can bring them this far) become U+FFFD.
    private mutating func literal(_ node: OpaquePointer) -> String {
        guard let pointer = cmark_node_get_literal(node) else { return "" }
        let (text, replaced) = ControlCharacters.replacing(in: String(cString: pointer))
        if replaced > 0 {
            entityControls += replaced
            if firstEntityControl == nil { firstEntityControl = location(of: node) }
        }
        return text
    }

    private func typeName(_ node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }

    /// cmark counts columns in bytes; diagnostics count characters.
    private func location(of node: OpaquePointer) -> SourceLocation {
        let line = max(1, Int(cmark_node_get_start_line(node)))
        let byteColumn = max(1, Int(cmark_node_get_start_column(node)))
        guard line - 1 < lineStarts.count else { return SourceLocation(line: line, column: byteColumn) }
        let start = lineStarts[line - 1]
        let end = min(utf8.count, start + byteColumn - 1)
        var column = 1
        var i = start
        while i < end {
            if utf8[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourceLocation(line: line, column: column)
    }
}
