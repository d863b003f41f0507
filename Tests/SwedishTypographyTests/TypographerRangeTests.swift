import Testing
@testable import SwedishTypography

@Suite struct TypographerRangeTests {
    @Test(arguments: [
        ("2-7", "2–7"),
        ("punkt 2-7", "punkt 2–7"),
        ("punkt 2 - 7", "punkt 2–7"),
        ("punkterna 2 – 7", "punkterna 2–7"),
        ("1996-2001", "1996–2001"),
        ("åren 1996 - 2001", "åren 1996–2001"),
        ("1996-97", "1996–97"),
        ("§§ 1-5", "§§~1–5"),
        ("§§ 1 - 5", "§§~1–5"),
        ("s. 11-29", "s. 11–29"),
        ("sid. 11 - 29", "sid. 11–29"),
        ("5-6 september", "5–6 september"),
        ("(2-7)", "(2–7)"),
        ("punkt 2-4, 6-9.", "punkt 2–4, 6–9."),
        ("10-15 %", "10–15 %"),
        ("Närvarande 3-5 och 8-12", "Närvarande 3–5 och 8–12"),
    ])
    func rangesGetEnDash(input: String, expected: String) {
        #expect(typeset(input) == nb(expected))
    }

    @Test(arguments: [
        "2019-09-05",
        "Sammanträdet 2019-09-05 i Rådhuset",
        "KS 2017/97-04",
        "Dnr 2235-2014",
        "dnr 2235-2014",
        "Dnr: 12-34",
        "S 2019-0043",
        "KS 2019-1043",
        "08-123 456 78",
        "070-123 45 67",
        "tel. 08-12 34 56",
        "E4/E20",
        "19800101-1234",
        "800101-1234",
        "556677-8899",
        "2021/2022",
        "2019-09",
        "2235-2014",
        "7-2",
        "12345-12346",
        "A4-papper",
        "3-rummare",
        "2-3-4",
        "1,5-2,5",
        "1.2-3",
        "version 2-beta",
        "x 2 -7",
    ])
    func hyphensThatStay(input: String) {
        #expect(typeset(input) == input)
    }

    @Test func spacedNumbersWithoutKeywordGetSpacedDash() {
        #expect(typeset("2 - 7") == "2 – 7")
    }

    @Test(arguments: [
        ("april-sept", "april–sept"),
        ("maj-juni", "maj–juni"),
        ("Maj-juni", "Maj–juni"),
        ("januari-mars", "januari–mars"),
        ("sept.-okt.", "sept.–okt."),
        ("mån-fre", "mån–fre"),
        ("måndag-fredag", "måndag–fredag"),
        ("tisdagen-torsdagen", "tisdagen–torsdagen"),
        ("jan-dec", "jan–dec"),
    ])
    func calendarWordRanges(input: String, expected: String) {
        #expect(typeset(input) == expected)
    }

    @Test(arguments: [
        "Lise-Lott", "e-post", "IT-stöd", "Maj-Britt", "Karl-Erik", "maj-möte", "juni-mötet",
        "april-sept-okt", "3-maj", "mars-2019", "sjukhus-fre",
    ])
    func compoundsKeepHyphen(input: String) {
        #expect(typeset(input) == input)
    }
}
