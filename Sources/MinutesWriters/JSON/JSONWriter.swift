import MinutesModel

/// Writes the AST as JSON: the `protokoll-ast` contract documented in docs/json.md.
public struct JSONWriter: DocumentWriter {
    public static let format = OutputFormat(id: "json", fileExtension: "json", mediaType: "application/json", isText: true)
    /// The contract's version; bumped on any incompatible change.
    public static let version = 2

    /// Creates the writer.
    public init() {}

    public func write(_ minutes: Minutes, options: WriterOptions) throws -> [UInt8] {
        let document = JSONValue.object([
            ("format", .string("protokoll-ast")),
            ("version", .int(JSONWriter.version)),
            ("meta", meta(minutes.meta)),
            ("attendance", .array(minutes.attendance.map(group))),
            ("preamble", .array(minutes.preamble.map(block))),
            ("items", .array(minutes.items.map(item))),
            ("signatures", .array(minutes.signatures.map { .object([("role", .string($0.role)), ("name", .optional($0.name))]) })),
            ("diagnostics", .array(minutes.diagnostics.map(diagnostic))),
        ])
        return Array(document.serialized().utf8)
    }

    private func meta(_ m: Metadata) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("kind", .string(m.kind.rawValue)), ("title", .optional(m.title)), ("organ", .optional(m.organ)),
            ("start", .optional(m.start?.iso)), ("end", .optional(m.end?.iso)), ("place", .optional(m.place)),
        ]
        for field in m.fields where !pairs.contains(where: { $0.0 == field.key }) {
            pairs.append((field.key, .string(field.value)))
        }
        return .object(pairs)
    }

    private func group(_ g: AttendanceGroup) -> JSONValue {
        .object([("label", .string(g.label)), ("kind", .string(g.kind.rawValue)), ("attendees", .array(g.attendees.map(attendee)))])
    }

    private func attendee(_ a: Attendee) -> JSONValue {
        .object([
            ("name", .string(a.name)), ("organisation", .optional(a.organisation)),
            ("party", .optional(a.party)), ("replaces", .optional(a.replaces)),
            ("roles", .array(a.roles.map(JSONValue.string))),
            ("presence", .array(a.presence.map { .array([.int($0.from), .int($0.to)]) })),
            ("presenceUnit", .string(a.presenceUnit.rawValue)),
            ("notes", .array(a.notes.map(JSONValue.string))),
        ])
    }

    private func item(_ i: AgendaItem) -> JSONValue {
        .object([
            ("number", i.number.map(JSONValue.int) ?? .null), ("suffix", .optional(i.suffix)),
            ("title", .string(i.title.plainText)), ("dnr", .optional(i.dnr)), ("line", .int(i.location.line)),
            ("blocks", .array(i.blocks.map(block))),
        ])
    }

    private func block(_ b: Block) -> JSONValue {
        switch b {
        case .paragraph(let inlines):
            return .object([("type", .string("paragraph")), ("text", .string(inlines.plainText)), ("inlines", .array(inlines.map(inline)))])
        case .heading(let level, let inlines):
            return .object([("type", .string("heading")), ("level", .int(level)), ("text", .string(inlines.plainText)), ("inlines", .array(inlines.map(inline)))])
        case .list(let list):
            return .object([
                ("type", .string("list")), ("ordered", .bool(list.ordered)), ("start", .int(list.start)),
                ("items", .array(list.items.map { .array($0.map(block)) })),
            ])
        case .section(let section):
            let votes: JSONValue = section.votes.map { v in
                .object([("yes", v.yes.map(JSONValue.int) ?? .null), ("no", v.no.map(JSONValue.int) ?? .null), ("abstained", v.abstained.map(JSONValue.int) ?? .null)])
            } ?? .null
            return .object([("type", .string("section")), ("kind", .string(section.kind.rawValue)), ("title", .string(section.title.plainText)),
                            ("blocks", .array(section.blocks.map(block))), ("votes", votes)])
        case .decision(let decision):
            return .object([("type", .string("decision")), ("label", .string(decision.label)), ("clauses", .array(decision.clauses.map(clause)))])
        case .quote(let blocks):
            return .object([("type", .string("quote")), ("blocks", .array(blocks.map(block)))])
        case .table(let table):
            let cells: ([[Inline]]) -> JSONValue = { .array($0.map { .string($0.plainText) }) }
            return .object([("type", .string("table")), ("header", table.header.map(cells) ?? .null), ("rows", .array(table.rows.map(cells)))])
        case .code(let text):
            return .object([("type", .string("code")), ("text", .string(text))])
        case .separator:
            return .object([("type", .string("separator"))])
        }
    }

    private func clause(_ c: Clause) -> JSONValue {
        .object([
            ("att", .bool(c.isAttClause)), ("text", .string(c.text.plainText)), ("inlines", .array(c.text.map(inline))),
            ("blocks", .array(c.attachments.map(block))),
        ])
    }

    private func inline(_ i: Inline) -> JSONValue {
        switch i {
        case .text(let s): return .object([("type", .string("text")), ("text", .string(s))])
        case .emphasis(let c): return .object([("type", .string("emphasis")), ("inlines", .array(c.map(inline)))])
        case .strong(let c): return .object([("type", .string("strong")), ("inlines", .array(c.map(inline)))])
        case .code(let s): return .object([("type", .string("code")), ("text", .string(s))])
        case .link(let c, let destination):
            return .object([("type", .string("link")), ("destination", .string(destination)), ("inlines", .array(c.map(inline)))])
        case .lineBreak: return .object([("type", .string("break"))])
        }
    }

    private func diagnostic(_ d: Diagnostic) -> JSONValue {
        .object([
            ("severity", .string(d.severity.rawValue)), ("code", .string(d.code)), ("message", .string(d.message)),
            ("line", .int(d.location.line)), ("column", .int(d.location.column)),
        ])
    }
}
