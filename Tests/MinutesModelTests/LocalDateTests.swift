import Testing
@testable import MinutesModel

@Suite struct LocalDateTests {
    @Test func weekdaysOfKnownDates() {
        #expect(LocalDate(year: 2019, month: 9, day: 5)?.weekday == .thursday)
        #expect(LocalDate(year: 2019, month: 9, day: 6)?.weekday == .friday)
        #expect(LocalDate(year: 1970, month: 1, day: 1)?.weekday == .thursday)
        #expect(LocalDate(year: 2000, month: 2, day: 29)?.weekday == .tuesday)
        #expect(LocalDate(year: 2026, month: 11, day: 27)?.weekday == .friday)
    }

    @Test func rejectsImpossibleDates() {
        #expect(LocalDate(year: 2019, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2019, month: 13, day: 1) == nil)
        #expect(LocalDate(year: 2019, month: 4, day: 31) == nil)
        #expect(LocalDate(year: 2020, month: 2, day: 29) != nil)
        #expect(LocalDate(iso: "2019-9-5") == nil)
    }

    @Test func epochDaysRoundTrip() {
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(LocalDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
        #expect(LocalDate(iso: "2019-09-05")?.adding(days: 21).iso == "2019-09-26")
        #expect(LocalDate(iso: "2019-12-31")?.adding(days: 1).iso == "2020-01-01")
    }

    @Test func isoDateTimes() {
        let start = LocalDateTime(iso: "2019-09-05T12:00")
        #expect(start?.iso == "2019-09-05T12:00")
        #expect(LocalDateTime(iso: "2019-09-05")?.iso == "2019-09-05")
        #expect(LocalDateTime(iso: "2019-09-05T25:00") == nil)
        #expect(LocalTime(hour: 24, minute: 0) != nil)
        #expect(LocalTime(hour: 24, minute: 1) == nil)
    }

    @Test func itemRangesNormaliseOrder() {
        let range = ItemRange(from: 7, to: 2)
        #expect(range.from == 2 && range.to == 7)
        #expect(range.contains(5) && !range.contains(8))
    }
}
