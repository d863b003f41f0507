import Foundation
import OfficePackaging

/// What every part of a package states alike: its id, the moment it was made, the software that made it.
struct PackageFacts {
    /// "uuid-…", derived from the content, so an unchanged input keeps its id.
    let id: String
    /// `2024-06-11T09:00:00`: SOURCE_DATE_EPOCH, else front matter `paketdatum`, else the meeting, else 1980-01-01.
    let created: String
    /// The protocol's title with its date, for labels.
    let label: String
    /// The organ (the records' creator), or the title when the minutes name none.
    let organ: String

    /// "uuid-…": a name-based UUID of the input's bytes and the options.
    static func identifier(source: [UInt8], optionsKey: String) -> String {
        var hash = Array(SHA256.hex(source + Array(optionsKey.utf8)).prefix(32))
        hash[12] = "5"  // a name-based UUID's version digit
        let variants: [Character] = ["8", "9", "a", "b"]
        hash[16] = variants[Int(String(hash[16]), radix: 16)! % 4]
        let text = String(hash)
        return "uuid-" + [text.prefix(8), text.dropFirst(8).prefix(4), text.dropFirst(12).prefix(4), text.dropFirst(16).prefix(4), text.dropFirst(20)]
            .joined(separator: "-")
    }

    init(minutes: Minutes, source: [UInt8], optionsKey: String, now: LocalDateTime?) {
        id = PackageFacts.identifier(source: source, optionsKey: optionsKey)
        let meta = minutes.meta
        let moment = now ?? meta[field: "paketdatum"].flatMap(LocalDate.init(iso:)).map { LocalDateTime(date: $0) } ?? meta.start
        created = moment.map { $0.date.iso + "T" + ($0.time.map { $0.iso + ":00" } ?? "00:00:00") } ?? "1980-01-01T00:00:00"
        let title = meta.title ?? meta.kind.displayName
        label = meta.start.map { title + " " + $0.date.iso } ?? title
        organ = meta.organ ?? title
    }

    /// The zip timestamp of the same moment.
    var timestamp: ZipTimestamp {
        let digits = created.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard digits.count >= 5 else { return .dosEpoch }
        return ZipTimestamp(year: digits[0], month: digits[1], day: digits[2], hour: digits[3], minute: digits[4])
    }
}
