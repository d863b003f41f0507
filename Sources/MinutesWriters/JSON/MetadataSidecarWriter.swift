import MinutesModel

/// `<stem>.metadata.json`: what a diarium imports with the protocol — the registration fields, the meeting, each
/// item's Dnr and decisions, the signers; keys in English, the registration fields under their front-matter names (schema `docs/metadata.schema.json`, described in `docs/metadata.md`).
public struct MetadataSidecarWriter: DocumentWriter {
    public static let format = OutputFormat(id: "metadata", fileExtension: "metadata.json", mediaType: "application/json", isText: true)
    /// The schema's version; bumped on any incompatible change.
    public static let version = 1

    /// Creates the writer.
    public init() {}

    public func write(_ minutes: Minutes, options: WriterOptions) throws -> [UInt8] {
        let meta = minutes.meta
        let registration = Registration(meta)
        var record: [(String, JSONValue)] = Registration.Key.allCases.filter { $0 != .secrecy && $0 != .legalGround }.map { key in
            (key.rawValue, .optional(key == .documentType ? registration[key] ?? meta.kind.rawValue : registration[key]))
        }
        record.append(("sekretess", .object([
            ("marked", .bool(registration.isClassified)), ("note", .optional(registration[.secrecy])), ("lagrum", .optional(registration[.legalGround])),
        ])))
        let document = JSONValue.object([
            ("format", .string("protokoll-metadata")),
            ("version", .int(MetadataSidecarWriter.version)),
            ("registration", .object(record)),
            ("meeting", .object([
                ("title", .string(meta.title ?? meta.kind.displayName)), ("organ", .optional(meta.organ)),
                ("date", .optional(meta.start?.date.iso)), ("start", .optional(meta.start?.iso)), ("end", .optional(meta.end?.iso)),
                ("place", .optional(meta.place)),
            ])),
            ("items", .array(minutes.items.map { item in
                .object([
                    ("number", .optional(item.number == nil ? nil : item.numberLabel)), ("paragraphSign", .bool(item.usesParagraphSign)),
                    ("title", .string(item.title.plainText)), ("dnr", .optional(item.dnr)),
                    ("decisions", .array(item.decisions.flatMap(\.sentences).map(JSONValue.string))),
                ])
            })),
            ("signatures", .array(minutes.signatures.map { .object([("role", .string($0.role)), ("name", .optional($0.name))]) })),
            ("fields", .object(meta.fields.map { ($0.key, .string($0.value)) })),
        ])
        return Array(document.serialized().utf8)
    }
}
