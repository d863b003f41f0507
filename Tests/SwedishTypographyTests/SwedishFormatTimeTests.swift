import MinutesModel
import Testing
@testable import SwedishTypography

@Suite struct SwedishFormatTimeTests {
    @Test func times() throws {
        #expect(SwedishFormat.time(try time(12, 0)) == "12.00")
        #expect(SwedishFormat.time(try time(9, 45)) == "9.45")
        #expect(SwedishFormat.time(try time(0, 5)) == "0.05")
        #expect(SwedishFormat.paddedTime(try time(9, 45)) == "09.45")
        #expect(SwedishFormat.paddedTime(try time(23, 59)) == "23.59")
        #expect(SwedishFormat.paddedTime(try time(0, 0)) == "00.00")
    }

    @Test func clock() throws {
        #expect(SwedishFormat.clock(try time(12, 0)) == "kl.\(nbsp)12.00")
        #expect(SwedishFormat.clock(try time(9, 5)) == "kl.\(nbsp)9.05")
        #expect(SwedishFormat.clockRange(try time(12, 0), try time(16, 30)) == "kl.\(nbsp)12.00\(ndash)16.30")
        #expect(SwedishFormat.clockRange(try time(9, 0), try time(15, 30)) == "kl.\u{00A0}9.00\u{2013}15.30")
    }

    @Test func meetingSameDay() throws {
        let text = SwedishFormat.meetingTime(start: try dateTime("2019-09-05T12:00"), end: try dateTime("2019-09-05T16:30"))
        #expect(text == "torsdag 5 september 2019 kl.\(nbsp)12.00\(ndash)16.30")
    }

    @Test func meetingOverTwoDays() throws {
        let text = SwedishFormat.meetingTime(start: try dateTime("2019-09-05T12:00"), end: try dateTime("2019-09-06T11:50"))
        #expect(text == "torsdag 5 september 2019 kl.\(nbsp)12.00 \(ndash) fredag 6 september 2019 kl.\(nbsp)11.50")
    }

    @Test func meetingWithoutTimes() throws {
        #expect(SwedishFormat.meetingTime(start: try dateTime("2019-09-05"), end: nil) == "torsdag 5 september 2019")
        #expect(SwedishFormat.meetingTime(start: try dateTime("2019-09-05"), end: try dateTime("2019-09-05"))
            == "torsdag 5 september 2019")
        #expect(SwedishFormat.meetingTime(start: try dateTime("2019-09-05"), end: try dateTime("2019-09-06"))
            == "torsdag 5 september 2019 \(ndash) fredag 6 september 2019")
    }

    @Test func meetingWithOneTime() throws {
        #expect(SwedishFormat.meetingTime(start: try dateTime("2019-09-05T12:00"), end: nil)
            == "torsdag 5 september 2019 kl.\(nbsp)12.00")
        #expect(SwedishFormat.meetingTime(start: try dateTime("2019-09-05T12:00"), end: try dateTime("2019-09-05"))
            == "torsdag 5 september 2019 kl.\(nbsp)12.00")
        #expect(SwedishFormat.meetingTime(start: try dateTime("2019-09-05"), end: try dateTime("2019-09-05T16:30"))
            == "torsdag 5 september 2019 \(ndash) kl.\(nbsp)16.30")
        #expect(SwedishFormat.meetingTime(start: try dateTime("2019-09-05T12:00"), end: try dateTime("2019-09-05T12:00"))
            == "torsdag 5 september 2019 kl.\(nbsp)12.00")
    }

    @Test func noBreakSpaceFollowsEveryKl() throws {
        let text = SwedishFormat.meetingTime(start: try dateTime("2019-09-05T09:00"), end: try dateTime("2019-09-07T15:00"))
        #expect(!text.contains("kl. "))
        #expect(text.split(separator: "kl.\(nbsp)").count == 3)
    }
}
