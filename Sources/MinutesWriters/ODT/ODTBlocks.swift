import MinutesModel

/// Block content (paragraphs, headings, lists, decisions, quotes, tables, code, separators) as ODF nodes.
struct ODTBlocks {
    /// Where blocks stand: decides the paragraph and list styles.
    struct Context {
        var paragraphStyle: String
        var bulletList: String
        var numberedList: String
        /// ODF allows no table inside a list item; there a table's rows become paragraphs.
        var allowsTables = true

        static let body = Context(paragraphStyle: ODTStyle.body, bulletList: ODTStyle.bulletList, numberedList: ODTStyle.numberedList)
        static let clause = Context(
            paragraphStyle: ODTStyle.clauseAttachment, bulletList: ODTStyle.clauseBulletList, numberedList: ODTStyle.clauseNumberedList)
    }

    var tables: ODTTables

    mutating func blocks(_ blocks: [Block], in context: Context = .body) -> [ODTNode] {
        blocks.flatMap { block($0, in: context) }
    }

    private mutating func block(_ block: Block, in context: Context) -> [ODTNode] {
        switch block {
        case .paragraph(let inlines):
            return [Self.paragraph(context.paragraphStyle, ODTInlines.nodes(inlines))]
        case .heading(let level, let inlines):
            // Level 1 is the first level below the item (outline 2), so it sits at outline 3.
            let outline = min(max(level, 1) + 2, 10)
            return [Self.heading(ODTStyle.heading(outlineLevel: outline), level: outline, ODTInlines.nodes(inlines))]
        case .section(let section):
            return self.block(.heading(level: 1, section.title), in: context) + blocks(section.blocks, in: context)
        case .list(let list):
            return [self.list(list, in: context)]
        case .decision(let decision):
            return self.decision(decision)
        case .quote(let inner):
            var quoted = context
            quoted.paragraphStyle = ODTStyle.quote
            return blocks(inner, in: quoted)
        case .table(let table) where context.allowsTables:
            return tables.content(table).map { [$0] } ?? []
        case .table(let table):
            let rows = (table.header.map { [$0] } ?? []) + table.rows
            return rows.map { row in Self.paragraph(context.paragraphStyle, Self.joined(row)) }
        case .code(let text):
            return [Self.paragraph(ODTStyle.codeBlock, ODTInlines.verbatim(text))]
        case .separator:
            return [Self.paragraph(ODTStyle.separator, [])]
        }
    }

    /// "Beslut" label, then one indented paragraph per clause ("att …"), attachments indented further.
    private mutating func decision(_ decision: Decision) -> [ODTNode] {
        // An election stated as a sentence has no label of its own.
        var nodes = decision.label.isEmpty ? [] : [Self.paragraph(ODTStyle.decision, [.text(decision.label)])]
        for clause in decision.clauses {
            var text = ODTInlines()
            if clause.isAttClause { text.add([.text("att ")]) }
            text.add(clause.text)
            nodes.append(Self.paragraph(ODTStyle.clause, text.finished()))
            nodes += blocks(clause.attachments, in: .clause)
        }
        return nodes
    }

    private mutating func list(_ list: ListBlock, in context: Context) -> ODTNode {
        let style = list.ordered ? context.numberedList : context.bulletList
        let itemContext = Context(
            paragraphStyle: context.paragraphStyle == ODTStyle.body ? ODTStyle.listItem : context.paragraphStyle,
            bulletList: context.bulletList, numberedList: context.numberedList, allowsTables: false)
        var items: [ODTNode] = []
        for (index, item) in list.items.enumerated() {
            var content = blocks(item, in: itemContext)
            // A list item must hold a paragraph, heading or list; an empty item gets an empty paragraph.
            if content.isEmpty { content = [Self.paragraph(itemContext.paragraphStyle, [])] }
            let start: [(String, String)] = list.ordered && index == 0 ? [("text:start-value", String(list.start))] : []
            items.append(.el("text:list-item", start, content))
        }
        return .el("text:list", [("text:style-name", style)], items)
    }

    /// Table cells in one paragraph, separated by tabs.
    private static func joined(_ cells: [[Inline]]) -> [ODTNode] {
        var builder = ODTInlines()
        for (index, cell) in cells.enumerated() {
            if index > 0 { builder.add([.text("\t")]) }
            builder.add(cell)
        }
        return builder.finished()
    }

    static func paragraph(_ style: String, _ content: [ODTNode]) -> ODTNode {
        .el("text:p", [("text:style-name", style)], content)
    }

    static func heading(_ style: String, level: Int, _ content: [ODTNode]) -> ODTNode {
        .el("text:h", [("text:style-name", style), ("text:outline-level", String(level))], content)
    }
}
