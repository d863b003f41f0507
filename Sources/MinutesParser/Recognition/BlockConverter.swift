import MinutesModel

/// Turns source blocks that no recogniser claimed into ordinary AST blocks: nothing is dropped.
enum BlockConverter {
    static func convert(_ blocks: some Sequence<SourceBlock>, headingBase: Int = 0) -> [Block] {
        blocks.map { convert($0, headingBase: headingBase) }
    }

    static func convert(_ block: SourceBlock, headingBase: Int = 0) -> Block {
        switch block.kind {
        case .paragraph(let lines):
            return .paragraph(lines.joinedAsParagraph)
        case .heading(let level, let inlines):
            return .heading(level: Swift.max(1, level - headingBase), inlines)
        case .list(let ordered, let start, let items):
            return .list(ListBlock(ordered: ordered, start: start, items: items.map { convert($0, headingBase: headingBase) }))
        case .quote(let children):
            return .quote(convert(children, headingBase: headingBase))
        case .code(let text):
            return .code(text)
        case .html(let lines):
            var inlines: [Inline] = []
            for (i, line) in lines.enumerated() {
                if i > 0 { inlines.append(.lineBreak) }
                inlines.append(.text(line))
            }
            return .paragraph(inlines)
        case .table(let header, let rows):
            return .table(Table(header: header, rows: rows))
        case .thematicBreak:
            return .separator
        }
    }
}
