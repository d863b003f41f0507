import MinutesModel
import OfficePackaging

/// The one timestamp every entry of a zip package gets: the meeting date, else the supplied clock
/// (`SOURCE_DATE_EPOCH`), else 1980-01-01 — never the wall clock, so output is reproducible.
enum PackageTimestamp {
    static func of(_ meta: Metadata, options: WriterOptions) -> ZipTimestamp {
        if let date = meta.start?.date { return ZipTimestamp(year: date.year, month: date.month, day: date.day) }
        guard let now = options.now else { return .dosEpoch }
        return ZipTimestamp(year: now.date.year, month: now.date.month, day: now.date.day,
                            hour: now.time?.hour ?? 0, minute: now.time?.minute ?? 0)
    }
}
