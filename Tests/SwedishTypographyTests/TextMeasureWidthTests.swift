import Testing
@testable import SwedishTypography

@Suite struct TextMeasureWidthTests {
    @Test(arguments: [
        ("", 0), ("abc", 3), ("åäö", 3), ("ÅÄÖ", 3), ("e\u{0301}", 1), ("\u{0301}", 0),
        ("kl.\u{00A0}12.00", 9), ("12\u{202F}%", 4), ("–", 1), ("”", 1),
        ("日本", 4), ("한국어", 6), ("Ａ", 2), ("ｱ", 1), ("😀", 2), ("👨‍👩‍👧", 2), ("🇸🇪", 2), ("❤️", 2), ("❤", 1),
        ("\u{0007}", 0), ("a\tb", 2), ("\u{7F}", 0), ("\u{200B}", 0), ("\u{FEFF}x", 1), ("\r\n", 0),
    ])
    func displayWidth(text: String, expected: Int) {
        #expect(TextMeasure.displayWidth(text) == expected)
    }
}
