import Testing
import MinutesCorpus
@testable import SwedishTypography

@Suite struct TextMeasureWrapTests {
    @Test func wrapsAtSpaces() {
        #expect(TextMeasure.wrap("a b c", width: 3) == ["a b", "c"])
        #expect(TextMeasure.wrap("Mötet öppnades av ordföranden", width: 12) == ["Mötet", "öppnades av", "ordföranden"])
        #expect(TextMeasure.wrap("a   b", width: 10) == ["a b"])
        #expect(TextMeasure.wrap("  a  ", width: 10) == ["a"])
    }

    @Test func neverBreaksAtNoBreakSpaces() {
        #expect(TextMeasure.wrap("slut kl.\u{00A0}12.00", width: 9) == ["slut", "kl.\u{00A0}12.00"])
        #expect(TextMeasure.wrap("12\u{202F}% av", width: 4) == ["12\u{202F}%", "av"])
    }

    @Test func breaksOverlongWordsHard() {
        #expect(TextMeasure.wrap("abcdefgh", width: 3) == ["abc", "def", "gh"])
        #expect(TextMeasure.wrap("x abcdefgh", width: 3) == ["x", "abc", "def", "gh"])
        #expect(TextMeasure.wrap("日本語", width: 3) == ["日", "本", "語"])
        #expect(TextMeasure.wrap("e\u{0301}e\u{0301}e\u{0301}", width: 2) == ["e\u{0301}e\u{0301}", "e\u{0301}"])
    }

    @Test func clampsTinyWidths() {
        #expect(TextMeasure.wrap("abc", width: 0) == ["ab", "c"])
        #expect(TextMeasure.wrap("abc", width: 1) == ["ab", "c"])
        #expect(TextMeasure.wrap("日本", width: -5) == ["日", "本"])
    }

    @Test func keepsLineBreaks() {
        #expect(TextMeasure.wrap("a\n\nb", width: 5) == ["a", "", "b"])
        #expect(TextMeasure.wrap("a\r\nb", width: 5) == ["a", "b"])
        #expect(TextMeasure.wrap("", width: 5) == [""])
    }

    @Test func propertiesHoldForGeneratedText() {
        var generator = SplitMix(seed: 0x5EED_2019)
        for _ in 0..<400 {
            let words = (0..<Int.random(in: 0...14, using: &generator)).map { _ in randomWord(using: &generator) }
            let text = words.map { $0 + String(repeating: " ", count: Int.random(in: 1...3, using: &generator)) }.joined()
            let width = Int.random(in: -1...24, using: &generator)
            let limit = max(width, 2)
            let lines = TextMeasure.wrap(text, width: width)
            for line in lines {
                #expect(TextMeasure.displayWidth(line) <= limit, "\(line) in \(text) at \(width)")
                #expect(!line.hasPrefix(" ") && !line.hasSuffix(" "))
            }
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " }, "\(text) at \(width)")
            if words.allSatisfy({ TextMeasure.displayWidth($0) <= limit }) {
                #expect(lines.flatMap { $0.split(separator: " ").map(String.init) } == words, "\(text) at \(width)")
            }
        }
    }

    /// A word from pieces that stress widths: ASCII, Swedish letters, combining marks, CJK, emoji, U+00A0.
    func randomWord(using generator: inout SplitMix) -> String {
        let pieces = ["a", "bc", "def", "å", "Ö", "e\u{0301}", "日", "本語", "😀", "🇸🇪", "\u{00A0}", "kl.", "12", "–", "ü"]
        let count = Int.random(in: 1...9, using: &generator)
        var word = ""
        for index in 0..<count {
            var piece = pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            if (index == 0 || index == count - 1) && piece == "\u{00A0}" { piece = "x" }
            word += piece
        }
        return word
    }
}
