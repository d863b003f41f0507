import MinutesModel

/// Formats dates, times and numbers the way Swedish minutes write them.
public enum SwedishFormat {
    /// The ISO 8601 date, `2019-09-05`, used in headers and tables.
    public static func isoDate(_ d: LocalDate) -> String { d.iso }

    /// The long running-text date, `torsdag 5 september 2019`, or `torsdagen den 5 september 2019` when `definite`.
    public static func longDate(_ d: LocalDate, definite: Bool = false) -> String {
        let weekday = SwedishCalendarNames.name(of: d.weekday)
        let dayAndMonth = "\(d.day) \(SwedishCalendarNames.name(of: d.month)) \(d.year)"
        return definite ? "\(weekday)en den \(dayAndMonth)" : "\(weekday) \(dayAndMonth)"
    }

    /// A time with a point and an unpadded hour, `12.00` or `9.45`.
    public static func time(_ t: LocalTime) -> String { "\(t.hour).\(twoDigits(t.minute))" }

    /// A time with a two-digit hour for tables, `09.45`.
    public static func paddedTime(_ t: LocalTime) -> String { "\(twoDigits(t.hour)).\(twoDigits(t.minute))" }

    /// A clock time in running text, `kl.` + U+00A0 + `12.00`.
    public static func clock(_ t: LocalTime) -> String { clockPrefix + time(t) }

    /// A clock range with an unspaced en dash, `kl.` + U+00A0 + `12.00–16.30`.
    public static func clockRange(_ a: LocalTime, _ b: LocalTime) -> String {
        clockPrefix + time(a) + Glyph.enDash + time(b)
    }

    /// When a meeting took place, e.g. `torsdag 5 september 2019 kl. 12.00–16.30`.
    ///
    /// Same day: one long date and a clock range (or a single clock time when only one time is known or
    /// both are equal). Different days: the two long date-times joined by a spaced en dash, because each
    /// side contains spaces. Without times only the long date(s) are written. A same-day end time without
    /// a start time is written after the date as ` – kl. 16.30`.
    public static func meetingTime(start: LocalDateTime, end: LocalDateTime?) -> String {
        guard let end, end != start else { return dateTime(start) }
        guard end.date == start.date else { return dateTime(start) + spacedDash + dateTime(end) }
        switch (start.time, end.time) {
        case let (a?, b?): return longDate(start.date) + " " + clockRange(a, b)
        case (nil, let b?): return longDate(start.date) + spacedDash + clock(b)
        case (_, nil): return dateTime(start)
        }
    }

    /// The page label of a footer, `Sida 1 (3)`.
    public static func pageLabel(page: Int, of total: Int) -> String { "Sida \(page) (\(total))" }

    /// `kl.` followed by a no-break space.
    static let clockPrefix = "kl." + Glyph.noBreakSpace

    /// An en dash with ordinary spaces, for joining phrases that contain spaces.
    static let spacedDash = " " + Glyph.enDash + " "

    /// A long date followed by ` kl. hh.mm` when the date-time has a time.
    static func dateTime(_ value: LocalDateTime) -> String {
        guard let t = value.time else { return longDate(value.date) }
        return longDate(value.date) + " " + clock(t)
    }

    /// A non-negative number with at least two digits.
    static func twoDigits(_ value: Int) -> String { value < 10 && value >= 0 ? "0\(value)" : "\(value)" }
}
