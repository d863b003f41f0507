import Testing
@testable import SwedishTypography

@Suite struct SwedishCollationTests {
    /// Checks that `names` is already in strictly increasing Swedish order, pair by pair and sorted.
    func expectOrder(_ names: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for (a, b) in zip(names, names.dropFirst()) {
            #expect(SwedishCollation.areInIncreasingOrder(a, b), "\(a) < \(b)", sourceLocation: sourceLocation)
            #expect(!SwedishCollation.areInIncreasingOrder(b, a), "!(\(b) < \(a))", sourceLocation: sourceLocation)
        }
        #expect(SwedishCollation.sorted(names.reversed()) == names, sourceLocation: sourceLocation)
    }

    @Test func vAndWAreSeparateLetters() {
        expectOrder(["Vilander", "Vågberg", "Wall", "Wijk", "Wilander"])
        expectOrder(["Vzz", "Vårdö", "Wallin"])
    }

    @Test func swedishLettersComeAfterZ() {
        expectOrder(["Zetterberg", "Åberg", "Ärlebo", "Östberg"])
        expectOrder(["zebra", "åsna", "älg", "örn"])
    }

    @Test func accentedLettersSortAsTheirBase() {
        expectOrder(["Myhre", "Myller", "Müller", "Mårtensson"])
        expectOrder(["Andren", "Andrén", "Andrews"])
        expectOrder(["Ärlebo", "Öberg", "Øberg", "Östberg", "Østberg"])
    }

    @Test func caseIsOnlyATieBreak() {
        expectOrder(["atlas", "Atlas", "atlasen"])
        expectOrder(["berg", "Berg", "BERG", "bergström"])
    }

    @Test func digitsBeforeLetters() {
        expectOrder(["3M", "9an", "ABB", "abc"])
        expectOrder(["1", "10", "2", "a"])
    }

    @Test func spacesAndHyphensBeforeLetters() {
        expectOrder(["Anna Berg", "Anna-Lisa", "Annabella"])
    }

    @Test func decomposedInputSortsLikeComposed() {
        expectOrder(["Zetterberg", "A\u{030A}berg", "A\u{0308}rlebo", "O\u{0308}stberg"])
        #expect(SwedishCollation.areInIncreasingOrder("Myller", "Mu\u{0308}ller"))
        #expect(SwedishCollation.areInIncreasingOrder("Mu\u{0308}ller", "Mzz"))
    }

    @Test func orderIsStrictAndTotal() {
        let names = ["Åberg", "åberg", "Aberg", "Abérg", "Wall", "Vall", "Müller", "Myller", "", " ", "3", "Ölund", "Ølund"]
        for a in names {
            #expect(!SwedishCollation.areInIncreasingOrder(a, a))
            for b in names where a != b {
                #expect(SwedishCollation.areInIncreasingOrder(a, b) != SwedishCollation.areInIncreasingOrder(b, a), "\(a) ? \(b)")
            }
        }
    }

    @Test func sortedKeepsEveryName() {
        let names = ["Östberg", "Wall", "Åberg", "Vilander", "Wall", "Ärlebo"]
        let sorted = SwedishCollation.sorted(names)
        #expect(sorted == ["Vilander", "Wall", "Wall", "Åberg", "Ärlebo", "Östberg"])
        #expect(SwedishCollation.sorted([]) == [])
    }
}
