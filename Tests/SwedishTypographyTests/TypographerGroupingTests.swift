import Testing
@testable import SwedishTypography

@Suite struct TypographerGroupingTests {
    @Test(arguments: [
        ("71263221 kr", "71~263~221 kr"),
        ("12345,5 %", "12~345,5 %"),
        ("12345 tkr", "12~345 tkr"),
        ("123456 mnkr", "123~456 mnkr"),
        ("1234567 SEK", "1~234~567 SEK"),
        ("Budget 2500000 kr.", "Budget 2~500~000 kr."),
        ("totalt 12345 kronor", "totalt 12~345 kronor"),
        ("12345:-", "12~345:-"),
        ("(12345 kr)", "(12~345 kr)"),
        ("10000–20000 kr", "10~000–20~000 kr"),
        ("0,123456", "0,123456"),
    ])
    func grouped(input: String, expected: String) {
        #expect(typeset(input) == nb(expected))
    }

    @Test(arguments: [
        "1234", "år 2019", "2019-09-05", "KS 2017/97-04", "Dnr 22350", "dnr 22350-2014",
        "08-123 456 78", "070-123 45 67", "0701234567", "19800101-1234", "71 263 221",
        "71\u{00A0}263\u{00A0}221", "12345 678", "E12345", "12345abc", "12345/6", "1.12345", "12345.6",
        "12:12345", "nr 123456", "tel 8123456", "SFS 2017:12345", "3,14159",
        // Identifiers and bare numbers are data: only amounts are grouped.
        "Fakturanr 20240115", "Kundnr 218263", "20240115", "ökningen 1234567", "(12345)", "12345",
    ])
    func notGrouped(input: String) {
        #expect(typeset(input) == input)
    }

    @Test(arguments: [
        "https://ex.se/a/2010-11.pdf", "https://ex.se/protokoll%2010-11.pdf", "www.ex.se/2010-11", "anna.berg-10@ex.se",
        "rapport_2010-11.docx", "Protokoll 2010-11.pdf", "\\\\server\\mapp\\2010-11", "bilaga-3-5.pdf",
    ])
    func urlsMailAddressesAndFileNamesStayAsWritten(input: String) {
        #expect(typeset(input) == input)
    }

    @Test func aColumnOfAmountsGroupsBareNumbers() {
        #expect(Typographer(groupsEveryNumber: true).typeset("1500000") == nb("1~500~000"))
        #expect(Typographer(groupsEveryNumber: true).typeset("19800101-1234") == "19800101-1234")
    }

    @Test func sectionNumbersAndTimesAreNotGrouped() {
        #expect(typeset("§ 12345") == nb("§~12345"))
        #expect(typeset("§§ 12345-12350") == nb("§§~12345-12350"))
        #expect(typeset("kl. 12.00") == nb("kl.~12.00"))
    }
}
