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

    /// The DOS time word: hour << 11 | minute << 5 | second / 2.
    var dosTime: UInt16 {
        UInt16(hour << 11 | minute << 5 | second / 2)
    }

    /// The DOS date word: (year - 1980) << 9 | month << 5 | day.
    var dosDate: UInt16 {
        UInt16((year - 1980) << 9 | month << 5 | day)
    }
}
