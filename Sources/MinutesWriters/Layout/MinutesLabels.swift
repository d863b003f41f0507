import MinutesModel
import SwedishTypography

/// The Swedish words a rendition prints for each kind of document: one vocabulary for every writer.
struct MinutesLabels {
    let kind: DocumentKind

    var documentName: String { kind.displayName }
    var time: String { "Tid" }
    var place: String { "Plats" }
    var decision: String { "Beslut" }
    var attendeeColumns: [String] { ["Namn", "Organisation", "Anteckning"] }

    /// Front-matter fields a registrar expects to see on the first page, with their labels. Other fields stay
    /// metadata (JSON, meta.xml, custom.xml) without cluttering the page.
    static let displayedFields: [(key: String, label: String)] = [
        ("diarienummer", "Diarienummer"), ("dnr", "Dnr"), ("ärendemening", "Ärende"), ("ärende", "Ärende"),
        ("handläggare", "Handläggare"), ("utses att justera", "Utses att justera"),
        ("justeringens plats och tid", "Justeringens plats och tid"), ("justeringsdatum", "Justeringsdatum"),
        ("sekretess", "Sekretess"), ("lagrum", "Lagrum"),
    ]

    /// A front-matter key as a label: "diarienummer" → "Diarienummer".
    static func fieldLabel(_ key: String) -> String {
        if let known = displayedFields.first(where: { $0.key == key }) { return known.label }
        guard let first = key.first else { return key }
        return first.uppercased() + key.dropFirst()
    }
}

/// The Anteckning column of an attendee: roles, presence and notes.
enum AttendeeNote {
    static func text(for attendee: Attendee) -> String {
        var parts = attendee.roles
        if !attendee.presence.isEmpty {
            parts.append(SwedishFormat.itemRanges(attendee.presence, unit: attendee.presenceUnit))
        }
        parts += attendee.notes
        return parts.joined(separator: ", ")
    }
}

extension AttendeeNote {
    /// The three cells of an attendee table row: Namn, Organisation, Anteckning.
    static func row(_ attendee: Attendee) -> [String] {
        [attendee.name, attendee.organisation ?? attendee.party ?? "", text(for: attendee)]
    }
}

/// The label/value rows under the title (Tid, Plats, front-matter fields), shared by every writer.
enum FactRows {
    static func rows(_ meta: Metadata, labels: MinutesLabels) -> [(label: String, value: String)] {
        var rows: [(label: String, value: String)] = []
        if let start = meta.start { rows.append((labels.time, SwedishFormat.meetingTime(start: start, end: meta.end))) }
        if let place = meta.place { rows.append((labels.place, place)) }
        if let organ = meta.organ, !(meta.title ?? "").contains(organ) { rows.append(("Organ", organ)) }
        for (key, label) in MinutesLabels.displayedFields {
            if let value = meta[field: key], !value.isEmpty { rows.append((label, value)) }
        }
        return rows
    }
}

/// Signers laid out two to a row, in reading order.
enum SignatureGrid {
    static let perRow = 2

    static func rows<Cell>(_ cells: [Cell]) -> [[Cell]] {
        stride(from: 0, to: cells.count, by: perRow).map { Array(cells[$0..<min($0 + perRow, cells.count)]) }
    }
}

/// The running header's parts: document kind and organ on the left, the date on the right.
enum RunningHeader {
    static func left(_ meta: Metadata) -> String {
        let kind = MinutesLabels(kind: meta.kind).documentName
        return meta.organ.map { "\(kind) – \($0)" } ?? kind
    }

    static func right(_ meta: Metadata) -> String {
        meta.start.map { SwedishFormat.isoDate($0.date) } ?? ""
    }
}

extension RunningHeader {
    /// Whether the page label ("Sida 2 (5)") stands in the header, beside the kind and date: a municipal
    /// protocol's header, where every page can be posted and read on its own. Other kinds keep it in the footer.
    static func pageLabelInHeader(_ meta: Metadata) -> Bool {
        meta.kind == .sammantradesprotokoll
    }

    /// The organ as the header's left part ("Kommunstyrelsen"), else the kind's name.
    static func organLine(_ meta: Metadata) -> String {
        meta.organ ?? MinutesLabels(kind: meta.kind).documentName
    }

    /// The kind in capitals for a municipal header: "SAMMANTRÄDESPROTOKOLL".
    static func kindLine(_ meta: Metadata) -> String {
        MinutesLabels(kind: meta.kind).documentName.uppercased()
    }

    /// The municipality under the organ ("Kungsbacka kommun"), from front matter `kommun:`.
    static func municipalityLine(_ meta: Metadata) -> String? {
        PageFurniture.municipality(meta)
    }

    /// "Sammanträdesdatum 2024-06-11", or nil when the date is unknown.
    static func dateLine(_ meta: Metadata) -> String? {
        meta.start.map { "Sammanträdesdatum " + SwedishFormat.isoDate($0.date) }
    }
}
