/// A time of day without time zone ("12.00").
public struct LocalTime: Sendable, Hashable, Comparable {
    /// The hour, 0–24.
    public let hour: Int
    /// The minute, 0–59.
    public let minute: Int

    /// Creates a time for 00.00–23.59, and 24.00 as the end of a day.
    public init?(hour: Int, minute: Int) {
        guard (0...24).contains(hour), (0...59).contains(minute), hour < 24 || minute == 0 else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// The ISO 8601 form, `12:00`.
    public var iso: String { LocalDate.pad(hour, 2) + ":" + LocalDate.pad(minute, 2) }

    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool {
        (lhs.hour, lhs.minute) < (rhs.hour, rhs.minute)
    }
}

/// A local date with an optional time of day, as a meeting's start or end.
public struct LocalDateTime: Sendable, Hashable, Comparable, ISOStringConvertible, CustomStringConvertible {
    /// The calendar date.
    public var date: LocalDate
    /// The time of day, or nil for the whole day.
    public var time: LocalTime?

    /// Creates a date-time; without a time it stands for the whole day.
    public init(date: LocalDate, time: LocalTime? = nil) {
        self.date = date
        self.time = time
    }

    /// ISO 8601 local form: `2019-09-05T12:00`, or `2019-09-05` without a time.
    public var iso: String { time.map { date.iso + "T" + $0.iso } ?? date.iso }

    public var description: String { iso }

    /// Parses `2019-09-05T12:00`, `2019-09-05T12:00:00` or `2019-09-05`.
    public init?(iso text: String) {
        let parts = text.split(separator: "T", maxSplits: 1)
        guard let first = parts.first, let date = LocalDate(isoText: first) else { return nil }
        self.date = date
        if parts.count == 2 {
            let hm = parts[1].split(separator: ":")
            guard hm.count >= 2, let h = Int(hm[0]), let m = Int(hm[1]), let time = LocalTime(hour: h, minute: m) else {
                return nil
            }
            self.time = time
        } else {
            self.time = nil
        }
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        if lhs.date != rhs.date { return lhs.date < rhs.date }
        switch (lhs.time, rhs.time) {
        case let (l?, r?): return l < r
        case (nil, .some): return true
        case (.some, nil), (nil, nil): return false
        }
    }
}
