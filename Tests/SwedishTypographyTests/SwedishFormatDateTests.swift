import MinutesModel
import Testing
@testable import SwedishTypography

@Suite struct SwedishFormatDateTests {
    @Test func isoDate() throws {
        #expect(SwedishFormat.isoDate(try date("2019-09-05")) == "2019-09-05")
        #expect(SwedishFormat.isoDate(try date("0999-01-02")) == "0999-01-02")
    }

    @Test func longDateExample() throws {
        #expect(SwedishFormat.longDate(try date("2019-09-05")) == "torsdag 5 september 2019")
        #expect(SwedishFormat.longDate(try date("2019-09-05"), definite: true) == "torsdagen den 5 september 2019")
    }

    @Test(arguments: [
        ("2019-01-01", "tisdag 1 januari 2019"),
        ("2019-02-01", "fredag 1 februari 2019"),
        ("2019-03-01", "fredag 1 mars 2019"),
        ("2019-04-01", "måndag 1 april 2019"),
        ("2019-05-01", "onsdag 1 maj 2019"),
        ("2019-06-01", "lördag 1 juni 2019"),
        ("2019-07-01", "måndag 1 juli 2019"),
        ("2019-08-01", "torsdag 1 augusti 2019"),
        ("2019-09-01", "söndag 1 september 2019"),
        ("2019-10-01", "tisdag 1 oktober 2019"),
        ("2019-11-01", "fredag 1 november 2019"),
        ("2019-12-31", "tisdag 31 december 2019"),
    ])
    func everyMonth(iso: String, expected: String) throws {
        #expect(SwedishFormat.longDate(try date(iso)) == expected)
    }

    @Test(arguments: [
        ("2019-09-02", "måndagen den 2 september 2019"),
        ("2019-09-03", "tisdagen den 3 september 2019"),
        ("2019-09-04", "onsdagen den 4 september 2019"),
        ("2019-09-05", "torsdagen den 5 september 2019"),
        ("2019-09-06", "fredagen den 6 september 2019"),
        ("2019-09-07", "lördagen den 7 september 2019"),
        ("2019-09-08", "söndagen den 8 september 2019"),
    ])
    func everyWeekdayDefinite(iso: String, expected: String) throws {
        #expect(SwedishFormat.longDate(try date(iso), definite: true) == expected)
    }

    @Test func longDatesAreLowercase() throws {
        var day = try date("2024-01-01")
        for _ in 0..<366 {
            let text = SwedishFormat.longDate(day, definite: true)
            #expect(text == text.lowercased())
            day = day.adding(days: 1)
        }
    }

    @Test func yearIsNeverShortened() throws {
        #expect(SwedishFormat.longDate(try date("2001-05-09")) == "onsdag 9 maj 2001")
    }
}
