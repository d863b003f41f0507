import Testing
@testable import SwedishTypography

@Suite struct TypographerClockTests {
    @Test(arguments: [
        ("kl 12.00", "kl.~12.00"),
        ("kl. 12:00", "kl.~12.00"),
        ("kl.12.00", "kl.~12.00"),
        ("kl.  12.00", "kl.~12.00"),
        ("Kl 9", "Kl.~9"),
        ("kl 9", "kl.~9"),
        ("kl 09:00", "kl.~09.00"),
        ("kl 9.45-12.15", "kl.~9.45–12.15"),
        ("kl. 09:00-15:17", "kl.~09.00–15.17"),
        ("kl 12.00 - 16.30", "kl.~12.00–16.30"),
        ("kl 12:00-16:30", "kl.~12.00–16.30"),
        ("kl. 12.00–16.30", "kl.~12.00–16.30"),
        ("kl. 9-15", "kl.~9–15"),
        ("kl. 01–06", "kl.~01–06"),
        ("klockan 19:30", "klockan 19.30"),
        ("Klockan 7.15 - 8.00", "Klockan 7.15–8.00"),
        ("Mötet öppnades kl 13:05.", "Mötet öppnades kl.~13.05."),
        ("(kl 14.00)", "(kl.~14.00)"),
        ("kl 12.00 - fredag", "kl.~12.00 – fredag"),
        ("kl 12.00-fredag", "kl.~12.00-fredag"),
        ("kl. 12.00-13.00-14.00", "kl.~12.00-13.00-14.00"),
        ("mån-fre kl 8-17", "mån–fre kl.~8–17"),
        ("12.00-16.30", "12.00–16.30"),
        ("12.00 - 16.30", "12.00–16.30"),
        ("9:00-12:00", "9:00–12:00"),
    ])
    func clockTimes(input: String, expected: String) {
        #expect(typeset(input) == nb(expected))
    }

    @Test func rangeFormsAgree() {
        let forms = ["kl 12.00-16.30", "kl 12:00-16:30", "kl. 12.00 - 16.30", "kl.12:00 – 16:30", "kl. 12.00–16.30"]
        for form in forms {
            #expect(typeset(form) == nb("kl.~12.00–16.30"), "\(form)")
        }
    }

    @Test(arguments: [
        "klass 12", "kl", "kl.", "kl 25.00", "kl 12.75", "kl 123", "inkl 12.00", "kl 12.5", "klockan", "kl 12a",
        "12:00", "kl\n12.00", "1 januari-30 juni",
    ])
    func notClockTimes(input: String) {
        #expect(typeset(input) == input)
    }
}
