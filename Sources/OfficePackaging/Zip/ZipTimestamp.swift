/// A local date and time as zip stores it (MS-DOS format: 1980–2107, two-second resolution).
public struct ZipTimestamp: Sendable, Hashable {
    /// The year, 1980...2107.
    public let year: Int
    /// The month, 1...12.
    public let month: Int
    /// The day of the month, 1...31.
    public let day: Int
    /// The hour, 0...23.
    public let hour: Int
    /// The minute, 0...59.
    public let minute: Int
    /// The second, 0...58, even (DOS time counts two-second steps).
    public let second: Int

    /// 1980-01-01 00:00, the earliest DOS time; what Word itself stamps.
    public static let dosEpoch = ZipTimestamp(year: 1980, month: 1, day: 1)

    /// A timestamp; every field is clamped into the range DOS time can hold.
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        if year < 1980 {
            (self.year, self.month, self.day, self.hour, self.minute, self.second) = (1980, 1, 1, 0, 0, 0)
            return
        }
        if year > 2107 {
            (self.year, self.month, self.day, self.hour, self.minute, self.second) = (2107, 12, 31, 23, 59, 58)
            return
        }
        self.year = year
        self.month = min(max(month, 1), 12)
        self.day = min(max(day, 1), 31)
        self.hour = min(max(hour, 0), 23)
        self.minute = min(max(minute, 0), 59)
        self.second = min(max(second, 0), 59) & ~1
    }

    /// The UTC date and time `seconds` after 1970-01-01 00:00 UTC (e.g. `SOURCE_DATE_EPOCH`), clamped to the DOS range.
    public init(secondsSince1970 seconds: Int64) {
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        let secondOfDay = Int(seconds - days * 86_400)
        let (year, month, day) = Self.civilDate(daysSince1970: days)
        self.init(
            year: year, month: month, day: day,
            hour: secondOfDay / 3600, minute: secondOfDay % 3600 / 60, second: secondOfDay % 60)
    }

    /// The DOS time word: hour << 11 | minute << 5 | second / 2.
    var dosTime: UInt16 {
        UInt16(hour << 11 | minute << 5 | second / 2)
    }

    /// The DOS date word: (year - 1980) << 9 | month << 5 | day.
    var dosDate: UInt16 {
        UInt16((year - 1980) << 9 | month << 5 | day)
    }

    /// Gregorian year, month and day for a day count since 1970-01-01 (Howard Hinnant's `civil_from_days`).
    private static func civilDate(daysSince1970: Int64) -> (Int, Int, Int) {
        let z = daysSince1970 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (Int(clamping: year), Int(month), Int(day))
    }
}
