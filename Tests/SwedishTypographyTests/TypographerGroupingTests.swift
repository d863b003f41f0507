import Testing
@testable import SwedishTypography

@Suite struct TypographerGroupingTests {
    @Test(arguments: [
        ("71263221", "71~263~221"),
        ("12345,5", "12~345,5"),
        ("12345", "12~345"),
        ("123456", "123~456"),
        ("1234567", "1~234~567"),
        ("Budget 2500000 kr.", "Budget 2~500~000 kr."),
        ("totalt 12345 kronor", "totalt 12~345 kronor"),
        ("12345:-", "12~345:-"),
        ("(12345)", "(12~345)"),
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
    ])
    func notGrouped(input: String) {
        #expect(typeset(input) == input)
    }

    @Test func sectionNumbersAndTimesAreNotGrouped() {
        #expect(typeset("§ 12345") == nb("§~12345"))
        #expect(typeset("§§ 12345-12350") == nb("§§~12345-12350"))
        #expect(typeset("kl. 12.00") == nb("kl.~12.00"))
    }
}
