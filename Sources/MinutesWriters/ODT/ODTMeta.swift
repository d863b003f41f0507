import MinutesModel
import SwedishTypography

/// meta.xml: title, subject, keywords, dates and the meeting's facts as user-defined properties.
enum ODTMeta {
    static let generator = "Protokoll/" + ProtokollVersion.current

    /// `author` is the secretary (the PDF's Author); `diaryNumbers` the items' Dnr, added to the keywords.
    static func part(_ meta: Metadata, options: WriterOptions, author: String? = nil, diaryNumbers: [String] = []) throws -> [UInt8] {
        let labels = MinutesLabels(kind: meta.kind)
        let date = meta.start?.date
        var children: [ODTNode] = [
            .el("meta:generator", [], [.text(generator)]),
            .el("dc:title", [], [.text(meta.title ?? labels.documentName)]),
            .el("dc:subject", [], [.text(([meta.organ ?? labels.documentName] + (date.map { [$0.iso] } ?? [])).joined(separator: " "))]),
        ]
        var keywords = [labels.documentName] + (meta.organ.map { [$0] } ?? [])
        keywords += meta.fields.filter { Registration.Key.diaryNumber.spellings.contains($0.key) }.map(\.value)
        for number in diaryNumbers where !keywords.contains(number) { keywords.append(number) }
        children += keywords.map { .el("meta:keyword", [], [.text($0)]) }
        if let author { children.append(.el("meta:initial-creator", [], [.text(author)])) }
        if let stamp = (meta.start ?? options.now).map(dateTime) {
            children.append(.el("meta:creation-date", [], [.text(stamp)]))
            children.append(.el("dc:date", [], [.text(stamp)]))
        }
        children.append(.el("dc:language", [], [.text(options.language)]))
        if let organ = meta.organ { children.append(userDefined("Organ", organ)) }
        if let date { children.append(userDefined("Sammanträdesdatum", SwedishFormat.isoDate(date), type: "date")) }
        children += meta.fields.map { userDefined(MinutesLabels.fieldLabel($0.key), $0.value) }
        let root = ODTNode.el(
            "office:document-meta", ODTXML.namespaces(["office", "meta", "dc"]) + [ODTXML.version],
            [.el("office:meta", [], children)])
        return try ODTXML.document(root)
    }

    /// `2019-09-05T12:00:00`, or midnight when the time is unknown.
    static func dateTime(_ moment: LocalDateTime) -> String {
        moment.date.iso + "T" + (moment.time.map { $0.iso + ":00" } ?? "00:00:00")
    }

    private static func userDefined(_ name: String, _ value: String, type: String = "string") -> ODTNode {
        .el("meta:user-defined", [("meta:name", name), ("meta:value-type", type)], [.text(value)])
    }
}
