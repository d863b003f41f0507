import Foundation
import MinutesModel
import SwedishTypography

/// One signature cell: the role above the line, the printed name below, and an optional note ("Paragrafer §§ 163–167").
struct SignatureCell: Equatable {
    var role: String
    var name: String?
    var note: String?
}

/// A label with one or more lines of value, for the label/value grid under the title.
struct HeaderRow: Equatable {
    var label: String
    var lines: [String]
}

/// What the first page, the signature block and the anslagsbevis hold for each document kind, decided once for
/// every writer (swedish-minutes.md §1.2, §1.5, §1.6): writers only encode it.
struct KindLayout {
    let minutes: Minutes
    let labels: MinutesLabels

    init(_ minutes: Minutes) {
        self.minutes = minutes
        self.labels = MinutesLabels(kind: minutes.meta.kind)
    }

    private var isMunicipal: Bool { minutes.meta.kind == .sammantradesprotokoll }

    /// The label/value grid: Tid and Plats (or Plats och tid, Beslutande … for a municipal body), then registrar fields.
    var headerRows: [HeaderRow] {
        guard isMunicipal else {
            return FactRows.rows(minutes.meta, labels: labels).map { HeaderRow(label: $0.label, lines: [$0.value]) }
        }
        var rows: [HeaderRow] = []
        let meta = minutes.meta
        let when = meta.start.map { SwedishFormat.meetingTime(start: $0, end: meta.end) }
        let placeAndTime = [meta.place, when].compactMap { $0 }.joined(separator: ", ")
        if !placeAndTime.isEmpty { rows.append(HeaderRow(label: "Plats och tid", lines: [placeAndTime])) }
        for (kind, label) in [(AttendanceKind.present, "Beslutande"), (.substitute, "Ersättare"), (.other, "Övriga närvarande"), (.absent, "Frånvarande")] {
            let groups = minutes.attendance.filter { $0.kind == kind && !$0.attendees.isEmpty }
            guard !groups.isEmpty else { continue }
            var lines: [String] = []
            for group in groups {
                if groups.count > 1 || LabelKey.of(group.label) != LabelKey.of(label) { lines.append(group.label) }
                lines += group.attendees.map(KindLayout.gridLine)
            }
            rows.append(HeaderRow(label: label, lines: lines))
        }
        for (key, label) in MinutesLabels.displayedFields {
            if let value = meta[field: key], !value.isEmpty { rows.append(HeaderRow(label: label, lines: [value])) }
        }
        return rows
    }

    /// Attendance groups shown as Namn/Organisation/Anteckning tables (a municipal body has them in the grid instead).
    var attendanceTables: [AttendanceGroup] {
        isMunicipal ? [] : minutes.attendance.filter { !$0.attendees.isEmpty }
    }

    /// "Underskrifter" above a municipal signature block.
    var signatureHeading: String? { isMunicipal ? "Underskrifter" : nil }

    /// The signers as written, or the kind's preset filled from the attendees' roles when the source has none.
    var signatures: [SignatureCell] {
        var cells = minutes.signatures.map { SignatureCell(role: $0.role, name: $0.name) }
        if cells.isEmpty { cells = presetSignatures }
        if isMunicipal, let span = paragraphSpan,
           let secretary = cells.firstIndex(where: { ["sekreterare", "vid protokollet"].contains(LabelKey.of($0.role)) }) {
            cells[secretary].note = "Paragrafer \(span)"
        }
        return cells
    }

    /// "§§ 163–167" from the items' numbers.
    var paragraphSpan: String? {
        let numbers = minutes.items.compactMap(\.number)
        guard let first = numbers.min(), let last = numbers.max() else { return nil }
        return SwedishFormat.paragraphRange(from: first, to: last)
    }

    private var presetSignatures: [SignatureCell] {
        let people = minutes.attendance.flatMap(\.attendees)
        func named(_ role: String) -> [String] { people.filter { $0.roles.contains(role) }.map(\.name) }
        let secretary = named("sekreterare").first ?? named("mötessekreterare").first
        let chair = named("ordförande").first ?? named("mötesordförande").first
        var adjusters = named("justerare") + named("justeringsperson")
        if adjusters.isEmpty { adjusters = [""] }
        let justering: [SignatureCell]
        switch minutes.meta.kind {
        case .minnesanteckningar:
            return [SignatureCell(role: "Vid anteckningarna", name: secretary)]
                + adjusters.map { SignatureCell(role: "Justerat", name: $0.isEmpty ? nil : $0) }
        case .sammantradesprotokoll:
            justering = adjusters.map { SignatureCell(role: "Justerande", name: $0.isEmpty ? nil : $0) }
            return [SignatureCell(role: "Sekreterare", name: secretary), SignatureCell(role: "Ordförande", name: chair)] + justering
        case .protokoll, .foreningsprotokoll:
            justering = adjusters.map { SignatureCell(role: "Justeras", name: $0.isEmpty ? nil : $0) }
            let chairCell = chair.map { [SignatureCell(role: "Ordförande", name: $0)] } ?? []
            return [SignatureCell(role: "Vid protokollet", name: secretary)] + chairCell + justering
        }
    }

    /// The anslagsbevis (KL 8 kap.): only for a municipal body's protocol, and only when a posting date is given
    /// (front matter `anslag: 2024-06-19`); taken down three weeks later unless `anslag tas ned` says otherwise.
    var postingCertificate: [HeaderRow]? {
        guard isMunicipal, let posted = minutes.meta[field: "anslag"].flatMap({ LocalDate(iso: $0) }) else { return nil }
        let meta = minutes.meta
        let takenDown = meta[field: "anslag tas ned"].flatMap { LocalDate(iso: $0) } ?? posted.adding(days: 21)
        return [
            HeaderRow(label: "Organ", lines: [meta.organ ?? ""]),
            HeaderRow(label: "Sammanträdesdatum", lines: [meta.start.map { SwedishFormat.isoDate($0.date) } ?? ""]),
            HeaderRow(label: "Datum då anslaget sätts upp", lines: [SwedishFormat.isoDate(posted)]),
            HeaderRow(label: "Datum då anslaget tas ned", lines: [SwedishFormat.isoDate(takenDown)]),
            HeaderRow(label: "Förvaringsplats för protokollet", lines: [meta[field: "förvaringsplats"] ?? ""]),
        ]
    }

    /// The anslagsbevis's signature: a line to sign, "Namnförtydligande" under it for the printed name.
    static let postingSigner = SignatureCell(role: "Underskrift", name: nil, note: "Namnförtydligande")

    /// The anslagsbevis heading and its standard sentence.
    static let postingHeading = "ANSLAG/BEVIS"
    static let postingStatement = "Protokollet är justerat. Justeringen har tillkännagivits genom anslag."

    /// "Kjell Hedvall (S), ordförande, §§ 163–165" or "Annika Björk (KD) ersätter Tommy Larsson (KD), §§ 163–167".
    static func gridLine(_ attendee: Attendee) -> String {
        var head = attendee.name
        if let party = attendee.party { head += " (\(party))" }
        if let organisation = attendee.organisation {
            head += organisation.count <= 4 ? " (\(organisation))" : ", \(organisation)"
        }
        let substitute = attendee.replaces.map { "ersätter " + $0 } ?? attendee.notes.first { $0.hasPrefix("ersätter ") }
        if let substitute { head += " " + substitute }
        var parts = [head] + attendee.roles
        if !attendee.presence.isEmpty { parts.append(SwedishFormat.itemRanges(attendee.presence, unit: attendee.presenceUnit)) }
        parts += attendee.notes.filter { $0 != substitute }
        return parts.joined(separator: ", ")
    }
}

/// An item's heading as printed: "1. Incheckning", "10 a. Balansräkning", "§ 163 Val av justerare" (no-break space).
enum ItemHeadingText {
    static func prefix(_ item: AgendaItem) -> String {
        let number = item.numberLabel
        guard !number.isEmpty else { return "" }
        return item.usesParagraphSign ? "§\u{00A0}\(number) " : "\(number). "
    }

    static func plain(_ item: AgendaItem) -> String { prefix(item) + item.title.plainText }
}

/// A label compared loosely: lowercased, trimmed, no trailing colon ("Beslutande:" matches "beslutande").
enum LabelKey {
    static func of(_ text: String) -> String {
        var s = text.lowercased().trimmingCharacters(in: [" ", ":"])
        while s.hasSuffix(":") { s.removeLast() }
        return s
    }
}
