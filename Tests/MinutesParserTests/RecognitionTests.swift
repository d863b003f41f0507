import Testing
import MinutesModel
import MinutesParser
import TestSupport

/// The variants of real minutes the recognisers must read, each in a few lines.
@Suite struct RecognitionTests {
    private func parse(_ text: String, sourceName: String? = nil) -> Minutes {
        MinutesParser().parse(Array(text.utf8), sourceName: sourceName)
    }

    private func decisions(_ m: Minutes) -> [Decision] {
        m.items.flatMap { $0.blocks.compactMap { if case .decision(let d) = $0 { return d } else { return nil } } }
    }

    @Test func attendeeRowVariants() throws {
        let m = parse("""
        # Protokoll styrelsemöte

        **Närvarande:**

        - Kjell Hedvall (S), ordförande
        - Anna Berg, Region X, §§ 1-3, 5

        Frånvarande: Olle Ek, Per Ås och Eva Öst

        | Namn | Organisation | Anteckning |
        |---|---|---|
        | Bo Lund | Kommunen | punkt 2 |

        ## 1. Mötets öppnande
        """)
        let present = try #require(m.attendance.first)
        #expect(present.label == "Närvarande" && present.kind == .present)
        #expect(present.attendees.map(\.name) == ["Kjell Hedvall", "Anna Berg"])
        #expect(present.attendees[0].organisation == "S" && present.attendees[0].roles == ["ordförande"])
        #expect(present.attendees[1].presence == [ItemRange(from: 1, to: 3), ItemRange(from: 5, to: 5)])
        #expect(present.attendees[1].presenceUnit == .paragraf)
        let absent = try #require(m.attendance.first { $0.kind == .absent })
        #expect(absent.attendees.map(\.name) == ["Olle Ek", "Per Ås", "Eva Öst", "Bo Lund"])
        #expect(absent.attendees.last?.presence == [ItemRange(from: 2, to: 2)])
    }

    @Test func labelsEndingInABackslashBreakStartLists() {
        let m = parse("Deltagare\n---------\n\nNärvarande:\\\n\n- Anna Ek\n- Bo Lund\n\nFrånvarande:\\\n\n - Per Sikora\n\n## 1. Punkt\n")
        #expect(m.attendance.map(\.label) == ["Närvarande", "Frånvarande"])
        #expect(m.attendance.map(\.attendees.count) == [2, 1])
    }

    @Test func formStyleLabelsAndProseEndALists() {
        let m = parse("""
        Beslutande    Ledamöter
        Birgitta Litsegård (S)
        Marie Yckert (M)
        Övriga närvarande Karin Knutsson (EY)
        Mötet öppnades av ordföranden.

        ## § 10 Delårsrapport
        """)
        #expect(m.attendance.map(\.label) == ["Beslutande Ledamöter", "Övriga närvarande"])
        #expect(m.attendance.map(\.attendees.count) == [2, 1])
        #expect(m.preamble == [.paragraph([.text("Mötet öppnades av ordföranden.")])])
        #expect(m.items.first?.usesParagraphSign == true && m.items.first?.number == 10)
    }

    @Test func itemHeadingVariants() {
        let m = parse("""
        # Protokoll

        ### § 163 Val av justerare
        #### 164. Budget
        ## 164 a) Tillägg
        **§ 165 Övriga frågor**
        Inga.
        ## 2019
        ## 25 september 2019
        """)
        #expect(m.items.map(\.numberLabel) == ["163", "164", "164 a", "165"])
        #expect(m.items.map(\.title.plainText) == ["Val av justerare", "Budget", "Tillägg", "Övriga frågor"])
        #expect(m.items[3].blocks.first == .paragraph([.text("Inga.")]))
        #expect(m.items[3].blocks.count == 3, "the year headings stay sub-headings")
    }

    @Test func numberingGapsAndDuplicatesAreWarned() {
        let m = parse("## 1. A\n\n## 2. B\n\n## 5. C\n\n## 5. D\n")
        let codes = m.diagnostics.map(\.code)
        #expect(codes.contains("item-gap") && codes.contains("duplicate-item"))
        #expect(m.diagnostics.first { $0.code == "item-gap" }?.message == "item 5 follows item 2: 3–4 are missing")
    }

    @Test func decisionForms() {
        let m = parse("""
        ## 1. Budget

        Mötet beslutade att fastställa budgeten.

        ## 2. Val

        Beslut: att välja Anna till ordförande

        ## 3. Lista

        **Beslut**

        - att godkänna A
        - att godkänna B
        """)
        let d = decisions(m)
        #expect(d.map(\.label) == ["Mötet beslutade", "Beslut", "Beslut"])
        #expect(d.map(\.clauses.count) == [1, 1, 2])
        #expect(d[0].clauses[0].text.plainText == "fastställa budgeten." && d[0].clauses[0].isAttClause)
        #expect(d[1].clauses[0].text.plainText == "välja Anna till ordförande")
    }

    @Test func adoptedProposalBecomesTheClause() {
        let m = parse("## 1. Justerare\n\nAtt: Lukas är protokolljusterare\n\nBeslut: Attsats bifalles\n\n## 2. Övrigt\n\nAtt: Ny logga\n\nBeslut: Avslag\n")
        let d = decisions(m)
        #expect(d.first?.clauses.map(\.text.plainText) == ["Lukas är protokolljusterare"])
        #expect(d.first?.clauses.first?.isAttClause == true)
        #expect(m.items[0].blocks.count == 1, "the proposal paragraph is not repeated")
        #expect(d.last?.clauses.map(\.text.plainText) == ["Avslag"], "a rejection keeps its own words")
        #expect(m.items[1].blocks.count == 2)
        #expect(m.diagnostics.contains { $0.code == "adopted-proposal" })
    }

    @Test func onlyTheParagraphRightAfterAFieldHeadingIsItsValue() {
        let m = parse("# Möte\n\n## Datum\n\n2023-02-07\n\n## Protokolljusterare\n\nText.\n\n## Rapporter\n\nInga rapporter\n")
        #expect(m.meta.start?.iso == "2023-02-07")
        #expect(m.meta.fields.isEmpty)
    }

    @Test func alternatingSignatureBlock() {
        let m = parse("## 1. Punkt\n\nText.\n\nVid protokollet\n\nAnna Andersson\n\nJusteras:\n\nBo Berg\n\nCia Ceder\n")
        #expect(m.signatures == [
            Signature(role: "Vid protokollet", name: "Anna Andersson"),
            Signature(role: "Justeras", name: "Bo Berg"),
            Signature(role: "Justeras", name: "Cia Ceder"),
        ])
        #expect(m.meta.kind == .foreningsprotokoll)
    }

    @Test func signatureLinesWithRoleAfterName() {
        let m = parse("## 1. Punkt\n\nText.\n\n-- \nRasmus Kaj (kaj), mötessekreterare\n\n-- \nOlof Sjödin, justeringsman\n")
        #expect(m.signatures.map(\.name) == ["Rasmus Kaj (kaj)", "Olof Sjödin"])
        #expect(m.signatures.map(\.role) == ["Mötessekreterare", "Justeringsman"])
    }

    @Test func frontMatterWins() {
        let m = parse("""
        ---
        dokumenttyp: sammantradesprotokoll
        organ: Kommunstyrelsen
        datum: 2024-05-14
        tid: 9-12
        diarienummer: KS 2024/123
        tom:
        ---
        # Minnesanteckningar

        Datum: 2019-01-01
        """)
        #expect(m.meta.kind == .sammantradesprotokoll)
        #expect(m.meta.organ == "Kommunstyrelsen")
        #expect(m.meta.start?.iso == "2024-05-14T09:00" && m.meta.end?.iso == "2024-05-14T12:00")
        #expect(m.meta.fields == [Metadata.Field(key: "diarienummer", value: "KS 2024/123")])
    }

    @Test func yearFromFrontMatterAndUnknownKind() {
        let m = parse("---\når: 2020\ndokumenttyp: rapport\n---\nTid: 5 maj kl 10\n")
        #expect(m.meta.start?.iso == "2020-05-05T10:00")
        #expect(m.diagnostics.contains { $0.code == "unknown-kind" && $0.location.line == 3 })
    }

    @Test func yearInferenceFromFileNameWhenNoWeekday() {
        let m = parse("# Anteckningar\n\nDatum: 8 maj\n", sourceName: "arkiv/2020-05-08 arbetsmöte.md")
        #expect(m.meta.start?.iso == "2020-05-08")
        #expect(m.diagnostics.first { $0.code == "inferred-year" }?.severity == .warning)
    }

    @Test func twoDigitYearsAndSlashDatesAreReported() {
        let a = parse("# Möte\n\nDatum: 24-10-21\n")
        #expect(a.meta.start?.iso == "2024-10-21")
        #expect(a.diagnostics.contains { $0.code == "ambiguous-date" })
        let b = parse("# Möte\n\nDatum: 5/9 2019\n")
        #expect(b.meta.start?.iso == "2019-09-05")
    }

    @Test func dateFromTheOpeningSentence() {
        let m = parse("Protokoll fört vid höstmötet 2011, tisdagen den 20:e december klockan 19:30 i sal Q22.\n\n## 1. Öppnande\n")
        #expect(m.meta.start?.iso == "2011-12-20T19:30")
        #expect(m.diagnostics.contains { $0.code == "date-from-text" })
    }

    @Test func headingsWithoutSpaceAreRepaired() {
        let m = parse("#Mötesprotokoll\n##Kallade\nAnna Ek, Bo Lund, Cia Åberg\n\n##Mötets öppnande\nÖppnat.\n")
        #expect(m.meta.title == "Mötesprotokoll")
        #expect(m.attendance.first?.attendees.count == 3)
        #expect(m.diagnostics.contains { $0.code == "heading-without-space" && $0.location.line == 1 })
    }

    @Test func lettersLostToReplacementCharactersStillMatchLabels() {
        let m = parse("N\u{FFFD}rvarande:\n\n- Karin Starrin, ordf\u{FFFD}rande\n\n\u{FFFD}1 M\u{FFFD}tet \u{FFFD}ppnas\n")
        #expect(m.attendance.first?.kind == .present)
        #expect(m.attendance.first?.label == "Närvarande", "the label's lost letter restored")
        #expect(m.attendance.first?.attendees.first?.roles == ["ordf\u{FFFD}rande"])
        #expect(m.items.first?.number == 1 && m.items.first?.usesParagraphSign == true)
    }

    @Test func unnumberedHeadingsBecomeItems() {
        let m = parse("# Mötesprotokoll\n\n## Mötet öppnas\n\nKl 12.\n\n## Game Jam\n\nAffischer.\n")
        #expect(m.items.map(\.title.plainText) == ["Mötet öppnas", "Game Jam"])
        #expect(m.items.allSatisfy { $0.number == nil })
    }
}

/// The example of each document kind parses into the structure its writers need.
@Suite struct DocumentKindExampleTests {
    @Test func sammantradesprotokoll() throws {
        let m = MinutesParser().parse(try Fixtures.bytes("minutes/sammantradesprotokoll-kommunstyrelsen.md"))
        #expect(m.meta.kind == .sammantradesprotokoll && m.meta.organ == "Kommunstyrelsen")
        #expect(m.meta.start?.iso == "2024-06-11T09:00" && m.meta.end?.iso == "2024-06-11T15:17")
        #expect(m.meta.place == "Nicolairummet, stadshuset")
        #expect(m.meta[field: "utses att justera"] == "Anna Lind och Per Ek")
        #expect(m.attendance.map(\.label) == ["Ledamöter", "Tjänstgörande ersättare", "Övriga närvarande"])
        let substitute = try #require(m.attendance[1].attendees.first)
        #expect(substitute.notes == ["ersätter Tommy Larsson (KD)"] && substitute.presence == [ItemRange(from: 163, to: 167)])
        #expect(m.items.map(\.number) == [163, 164, 165, 166, 167])
        #expect(m.items.map(\.dnr) == ["KS 2024/97-04", "KS 2024/112", "KS 2024/130", nil, nil])
        let labels = m.items.flatMap { $0.blocks.compactMap { if case .decision(let d) = $0 { return d.label } else { return nil } } }
        #expect(labels == ["Kommunstyrelsen beslutar", "Kommunstyrelsen beslutar", "Mötet beslutade"])
        #expect(m.signatures.map(\.role) == ["Sekreterare", "Ordförande", "Justerande", "Justerande"])
        #expect(m.signatures.compactMap(\.name) == ["Lena Berg", "Kjell Hedvall", "Anna Lind", "Per Ek"])
    }

    @Test func foreningsprotokoll() throws {
        let m = MinutesParser().parse(try Fixtures.bytes("minutes/foreningsprotokoll-arsmote.md"))
        #expect(m.meta.kind == .foreningsprotokoll)
        #expect(m.meta.start?.iso == "2024-03-23T14:00")
        #expect(m.attendance.isEmpty, "a head count is a remark, not a list of names")
        #expect(m.signatures == [
            Signature(role: "Vid protokollet", name: "Erik Sand"),
            Signature(role: "Justeras", name: "Lisa Ström"), Signature(role: "Justeras", name: "Omar Said"),
        ])
    }
}

/// Text converted from PDF: page furniture and a table of contents must not become content.
@Suite struct ConvertedPDFTests {
    @Test func repeatedPageHeadersFootersAndContentsAreLeftOut() {
        let page = { (n: Int) in "KOMMUNEN      SAMMANTRÄDESPROTOKOLL      \(n) (3)\nNämnden\n\n" }
        let footer = "Justerare                Expedierat/bestyrkt\n\n"
        let text = page(1) + "# Sammanträdesprotokoll\n\nInnehåll\n\n§ 10\nDelårsrapport ........................ 2\n\n" + footer
            + page(2) + "## § 10 Delårsrapport\n\nText.\n\n" + footer + page(3) + "## § 11 Arvode\n\nMer text.\n\n" + footer
        let m = MinutesParser().parse(Array(text.utf8))
        #expect(m.items.map(\.number) == [10, 11])
        #expect(m.items[0].blocks == [.paragraph([.text("Text.")])])
        let codes = m.diagnostics.map(\.code)
        #expect(codes.contains("page-header") && codes.contains("table-of-contents") && !codes.contains("duplicate-item"))
        let all = (m.preamble + m.items.flatMap(\.blocks)).map { "\($0)" }.joined()
        #expect(!all.contains("SAMMANTRÄDESPROTOKOLL") && !all.contains("Expedierat"))
    }
}
