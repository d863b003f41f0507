import Testing
@testable import SwedishTypography

@Suite struct TypographerPropertyTests {
    @Test func idempotentOnCorpus() {
        for text in TypographerCorpus.all {
            let once = typeset(text)
            #expect(typeset(once) == once, "\(text)")
        }
    }

    @Test func corpusSentence() {
        let text = "Sammanträdet hölls torsdagen den 5 september 2019 kl 12:00-16:30 i Rådhuset."
        #expect(typeset(text) == nb("Sammanträdet hölls torsdagen den 5 september 2019 kl.~12.00–16.30 i Rådhuset."))
        let mixed = "Ärendet (Dnr 2235-2014, KS 2017/97-04, S 2019-0043) bordlades."
        #expect(typeset(mixed) == mixed)
    }

    @Test func keepsUnrelatedTextIntact() {
        let text = "Åäö ÅÄÖ é ü 😀 日本語\tTab\r\nCRLF"
        #expect(typeset(text) == text)
        #expect(typeset("") == "")
    }

    @Test func typesetsOneMegabyte() {
        var text = ""
        while text.utf8.count < 1_000_000 {
            text += TypographerCorpus.sentences.joined(separator: " ") + "\n"
        }
        let clock = ContinuousClock()
        var result = ""
        let elapsed = clock.measure { result = typeset(text) }
        #expect(result.unicodeScalars.count >= text.unicodeScalars.count - 100_000)
        #if !DEBUG
        #expect(elapsed < .seconds(1), "took \(elapsed)")
        #endif
    }
}
