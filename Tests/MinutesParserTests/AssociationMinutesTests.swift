import MinutesModel
import Testing
@testable import MinutesParser

/// Association minutes as people write them: decisions in prose, the röstlängd under its item, items without numbers.
@Suite struct AssociationMinutesTests {
    static func parse(_ text: String) -> Minutes { MinutesParser().parse(Array(text.utf8), sourceName: "hostmote.md") }

    static func decisions(_ item: AgendaItem) -> [String] {
        var out: [String] = []
        for block in item.blocks {
            guard case .decision(let decision) = block else { continue }
            for clause in decision.clauses { out.append(clause.text.plainText) }
        }
        return out
    }

    @Test func decidingSentences() {
        let deciding = [
            "Mötet godkännde dagordningen.", "Mötet fann sig vara stadgeenligt utlyst.",
            "Årsavgiften för 2012 fastställs till 112:- för studerande.", "Mötet beviljade styrelsen ansvarsfrihet.",
            "Efter en kort diskussion antog mötet förslaget enhälligt:", "Nsg förklarar mötet avslutat klockan 20:33.",
            "\u{FFFD}rsm\u{FFFD}tet beslutade enligt valberedningens f\u{FFFD}rslag.", "Mötet avslutade klockn 20:37.",
            "Ordförande Stefan Berggren och kassör Stellan Lagerström tecknar firman var och en för sig.",
        ]
        for sentence in deciding { #expect(ProseDecision.decides(Substring(sentence)), "\(sentence)") }
        let telling = [
            "Valberedningen presenterade sitt förslag.", "Vi har infört en stadgeändring, som godkändes vid höstmötet.",
            "Styrelsen diskuterade budgeten.", "Jonas frågar vad som gäller för passerkort.", "Mötet öppnas",
        ]
        for sentence in telling { #expect(!ProseDecision.decides(Substring(sentence)), "\(sentence)") }
    }

    @Test func sentencesSplitAtCapitalsNotAbbreviations() {
        let text = "Arvodet är oförändrat, d.v.s. 1 500 kr. Kassören får kl. 19 mer.\nÅrsmötet beslutade så."
        let parts = ProseDecision.sentences(of: text).map { String($0.text.filter { $0 != "\n" }).trimmingSpaces }
        #expect(parts == ["Arvodet är oförändrat, d.v.s. 1 500 kr.", "Kassören får kl. 19 mer.", "Årsmötet beslutade så."])
        // A line that ends in ")" and a next line with a capital: two sentences, though no full stop.
        let list = "Carina (omval), Kalle (nyval)\nÅrsmötet beslutade enligt förslaget."
        #expect(ProseDecision.start(in: list) == 30)
    }

    @Test func proseDecisionKeepsTheSentencesBeforeItAsText() throws {
        let m = Self.parse("""
        ## 8. Val av styrelse

        Valberedningen presenterade sitt förslag. Efter en kort diskussion antog mötet förslaget enhälligt:

        * Ordförande: Stefan Berggren
        * Kassör: Stellan Lagerström

        Till protokollet förs en guldstjärna.
        """)
        let item = try #require(m.items.first)
        guard case .paragraph(let before)? = item.blocks.first else { Issue.record("no paragraph first: \(item.blocks)"); return }
        #expect(before.plainText == "Valberedningen presenterade sitt förslag.")
        guard case .decision(let decision)? = item.blocks.dropFirst().first else { Issue.record("no decision: \(item.blocks)"); return }
        #expect(decision.label.isEmpty)
        #expect(decision.clauses.first?.text.plainText == "Efter en kort diskussion antog mötet förslaget enhälligt:")
        // The list the colon introduces belongs to the decision; the paragraph after it does not.
        #expect(decision.clauses.first?.attachments.count == 1)
        guard case .paragraph(let after)? = item.blocks.last else { Issue.record("the last paragraph was taken: \(item.blocks)"); return }
        #expect(after.plainText == "Till protokollet förs en guldstjärna.")
    }

    @Test func rollCallAsListAndAsProse() {
        let list = Self.parse("""
        ## 1. Mötets öppnande

        Öppnat.

        ## 2. Tillkännagivande av röstlängd

        Följande personer befanns närvara och ha rösträtt:

        * Magnus Danielson (magda)
        * Bo Lindbergh (blgl)

        Följande personer befanns närvara utan rösträtt:

        * Rasmus Kaj (kaj)
        """)
        let present = list.attendance.first { $0.kind == .present }
        #expect(present?.attendees.map(\.name) == ["Magnus Danielson (magda)", "Bo Lindbergh (blgl)", "Rasmus Kaj (kaj)"])
        #expect(present?.attendees.last?.notes == ["utan rösträtt"])

        let prose = Self.parse("""
        ## 7. Tillkännagivande av röstlängd

        11 närvarande, varav samtliga har betalat: nsg, stellanl, kaj och blgl

        Samt katy från en bit in i punkt 8.
        """)
        let names = prose.attendance.first { $0.kind == .present }?.attendees.map(\.name)
        #expect(names == ["nsg", "stellanl", "kaj", "blgl", "katy"])
        #expect(prose.attendance.first?.attendees.last?.notes == ["från en bit in i punkt 8"])
    }

    @Test func unnumberedHeadingsAfterNumberedItemsAreItems() {
        let m = Self.parse("""
        ## 11. Ansvarsfrihet

        Mötet beviljade styrelsen ansvarsfrihet.

        ## Övriga frågor

        Vi diskuterade kapitalet.

        ### Detalj

        Mer.

        ## Mötets avslutande

        Nsg förklarar mötet avslutat klockan 20:33.
        """)
        #expect(m.items.map(\.title.plainText) == ["Ansvarsfrihet", "Övriga frågor", "Mötets avslutande"])
        #expect(m.items.map(\.number) == [11, nil, nil])
        #expect(Self.decisions(m.items[0]) == ["Mötet beviljade styrelsen ansvarsfrihet."])
        #expect(Self.decisions(m.items[1]).isEmpty)
    }

    @Test func notesWithoutHeadingsTakeTheirItemsFromLabelLines() {
        let m = MinutesParser().parse(Array("""
        Start: 12:15

        Diskussionsgrupp IMPA

        Hacktober:
        Sal A1 bokad kl 17:00 tisdag 05/10.

        NCPC:
        Kaos på maillista.
        """.utf8), sourceName: "styrelsemote_210929")
        #expect(m.items.map(\.title.plainText) == ["Diskussionsgrupp IMPA", "Hacktober", "NCPC"])
        #expect(m.items.allSatisfy { $0.number == nil })
        // No date in the text: the file name's YYMMDD gives it, with a warning; "Start:" gives the time.
        #expect(m.meta.start?.iso == "2021-09-29T12:15")
        #expect(m.diagnostics.contains { $0.code == "date-from-file-name" && $0.severity == .warning })
    }

    @Test func aNumberedOutlineWithoutHeadingsIsTheAgenda() throws {
        let m = MinutesParser().parse(Array("Per och Tomas\r\r1. Uploading data\r\ta. Automatic uploads\r\tb. Parsing\r\r2. Secondary analysis\r\ta. GET\r\r3. Tertiary Analysis\r".utf8),
                                      sourceName: "arbetsmote-2020-03-06.md")
        #expect(m.items.map(\.number) == [1, 2, 3])
        #expect(m.items.map(\.title.plainText) == ["Uploading data", "Secondary analysis", "Tertiary Analysis"])
        guard case .list(let points)? = m.items.first?.blocks.first else { Issue.record("no outline list: \(m.items.first?.blocks ?? [])"); return }
        #expect(points.items.count == 2)
        #expect(m.meta.start?.date.iso == "2020-03-06")
    }

    @Test func fileNameDates() {
        #expect(FileNameDate.date(in: "gms-micro__2020-03-06_arbetsmote.md")?.iso == "2020-03-06")
        #expect(FileNameDate.date(in: "dir/protokoll_20240115.md")?.iso == "2024-01-15")
        #expect(FileNameDate.date(in: "styrelsemote_210929")?.iso == "2021-09-29")
        #expect(FileNameDate.date(in: "protokoll_123456.md") == nil)
        #expect(FileNameDate.date(in: "2019/minutes.md") == nil)
    }

    @Test func declaredOpeningAndClosingTimesWin() {
        let m = Self.parse("""
        Protokoll fört vid föreningens höstmöte, tisdagen den 20 december 2011 klockan 19:30.

        ## 1. Mötets öppnande

        Ordföranden förklarade mötet öppnat klockan 19:39.

        ## 2. Övrigt

        ### Avslutning av mötet

        Avslutar mötet 20:37
        """)
        #expect(m.meta.start?.iso == "2011-12-20T19:39")
        #expect(m.meta.end?.iso == "2011-12-20T20:37")
    }

    @Test func organAndPlaceFromTheOpeningSentence() {
        #expect(MeetingPhrase.organ(in: "Protokoll fört vid datorföreningen Stackens höstmöte 2011, tisdagen den 20:e december") == "Datorföreningen Stacken")
        #expect(MeetingPhrase.organ(in: "Protokoll fört vid Datorföreningen Stackens ordinarie vårmöte, torsdag") == "Datorföreningen Stacken")
        #expect(MeetingPhrase.organ(in: "Anteckningar från arbetsmöte i NGP-gruppen genomfört över Zoom") == "NGP-gruppen")
        #expect(MeetingPhrase.organ(in: "IX Styrelse hade denna dag sitt första styrelsemöte för 2017.") == "IX")
        #expect(MeetingPhrase.organ(in: "Konstituerande styrelsemöte för 2017") == nil)
        #expect(MeetingPhrase.organ(in: "Vi diskuterade mötet.") == nil)
        #expect(MeetingPhrase.place(in: "torsdag den 22 februari 2018 klockan 19:30 på Kungliga Tekniska högskolan i en sal nära Stackenlokalen (Q24).")
                == "Kungliga Tekniska högskolan i en sal nära Stackenlokalen (Q24)")
        #expect(MeetingPhrase.place(in: "tisdagen den 20:e december klockan 19:30 i sal Q22 på Kungliga Tekniska Högskolan.") == "sal Q22 på Kungliga Tekniska Högskolan")
        #expect(MeetingPhrase.place(in: "Anteckningar från arbetsmöte i NGP-gruppen genomfört över Zoom") == "Zoom")
        #expect(MeetingPhrase.place(in: "Mötet började 19:30 och slutade sent.") == nil)
    }

    @Test func namesWithASuspendedCompoundAndANote() {
        let names = AttendeeRowParser.parseNameList("Bolagsverket, Havs- och Vattenmyndigheten, Sambruk och Digg, (eSam - synk mellan mötena)")
        #expect(names?.map(\.name) == ["Bolagsverket", "Havs- och Vattenmyndigheten", "Sambruk", "Digg", "eSam"])
        #expect(names?.last?.notes == ["synk mellan mötena"])
    }

    @Test func boldLinesUnderAGroupingHeadingAreTheItems() {
        let m = Self.parse("""
        # Anteckningar från arbetsmöte

        ## Agenda

        Punkterna togs upp.

        ## Anteckningar

        **Rekapitulering**\\
        Det noterades att anteckningar saknades.

        **Avrapportering**\\
        Status rapporterades.

        ***Nyckelhantering***\\
        Ett förslag finns.

        ## Övrigt

        Inget.
        """)
        #expect(m.items.map(\.title.plainText) == ["Agenda", "Rekapitulering", "Avrapportering", "Övrigt"])
        #expect(m.diagnostics.contains { $0.code == "grouping-heading" })
    }
}
