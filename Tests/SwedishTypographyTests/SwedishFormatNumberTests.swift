import MinutesModel
import Testing
@testable import SwedishTypography

@Suite struct SwedishFormatNumberTests {
    @Test func punktRanges() {
        #expect(SwedishFormat.itemRanges([ItemRange(from: 2, to: 7)], unit: .punkt) == "punkt 2\(ndash)7")
        #expect(SwedishFormat.itemRanges([ItemRange(from: 2, to: 2)], unit: .punkt) == "punkt 2")
        #expect(SwedishFormat.itemRanges([ItemRange(from: 2, to: 2), ItemRange(from: 4, to: 5)], unit: .punkt)
            == "punkt 2, 4\(ndash)5")
    }

    @Test func paragrafRanges() {
        #expect(SwedishFormat.itemRanges([ItemRange(from: 3, to: 3)], unit: .paragraf) == "§\(nbsp)3")
        #expect(SwedishFormat.itemRanges([ItemRange(from: 1, to: 5), ItemRange(from: 7, to: 7)], unit: .paragraf)
            == "§§\(nbsp)1\(ndash)5, 7")
        #expect(SwedishFormat.itemRanges([ItemRange(from: 3, to: 4)], unit: .paragraf) == "§§\(nbsp)3\(ndash)4")
        #expect(SwedishFormat.itemRanges([ItemRange(from: 3, to: 3), ItemRange(from: 9, to: 9)], unit: .paragraf)
            == "§§\(nbsp)3, 9")
    }

    @Test func emptyRanges() {
        #expect(SwedishFormat.itemRanges([], unit: .punkt) == "")
        #expect(SwedishFormat.itemRanges([], unit: .paragraf) == "")
    }

    @Test func paragraphRange() {
        #expect(SwedishFormat.paragraphRange(from: 163, to: 184) == "§§\(nbsp)163\(ndash)184")
        #expect(SwedishFormat.paragraphRange(from: 163, to: 163) == "§\(nbsp)163")
        #expect(SwedishFormat.paragraphRange(from: 184, to: 163) == "§§\(nbsp)163\(ndash)184")
    }

    @Test(arguments: [
        ("12345,5", "12\u{00A0}345,5"),
        ("71263221", "71\u{00A0}263\u{00A0}221"),
        ("123456", "123\u{00A0}456"),
        ("1234567", "1\u{00A0}234\u{00A0}567"),
        ("-12345", "-12\u{00A0}345"),
        ("12345.25", "12\u{00A0}345.25"),
        ("1234", "1234"),
        ("2019", "2019"),
        ("999", "999"),
        ("", ""),
        ("12a345", "12a345"),
        ("12345,", "12345,"),
        ("12\u{00A0}345", "12\u{00A0}345"),
    ])
    func groupedNumber(input: String, expected: String) {
        #expect(SwedishFormat.groupedNumber(input) == expected)
    }

    @Test func groupedNumberUsesNoBreakSpace() {
        let grouped = SwedishFormat.groupedNumber("1000000")
        #expect(grouped.unicodeScalars.filter { $0 == "\u{00A0}" }.count == 2)
        #expect(!grouped.contains(" ") && !grouped.contains("\u{202F}"))
        #expect(SwedishFormat.groupedNumber("1234", minimumDigits: 4) == "1\(nbsp)234")
    }

    @Test func pageLabel() {
        #expect(SwedishFormat.pageLabel(page: 1, of: 3) == "Sida 1 (3)")
        #expect(SwedishFormat.pageLabel(page: 12, of: 12) == "Sida 12 (12)")
    }
}
