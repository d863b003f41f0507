import Testing
import MinutesModel
import MinutesParser
import TestSupport

/// The reference example must come out exactly right.
@Suite struct SeedParsingTests {
    let minutes: Minutes

    init() throws {
        minutes = MinutesParser().parse(try Fixtures.bytes(Fixtures.seed), sourceName: "seed.md")
    }

    @Test func metadata() {
        #expect(minutes.meta.kind == .minnesanteckningar)
        #expect(minutes.meta.title == "Minnesanteckningar från Södertörnskommunernas ledningsgrupps planeringskonferens")
        #expect(minutes.meta.start?.iso == "2019-09-05T12:00")
        #expect(minutes.meta.end?.iso == "2019-09-06T11:50")
        #expect(minutes.meta.place == "Truten, Skärgårdsbotellet, Nynäshamn")
    }

    @Test func inferredYearIsReported() {
        let note = minutes.diagnostics.first { $0.code == "inferred-year" }
        #expect(note?.severity == .note)
        #expect(note?.message.contains("2019") == true)
        #expect(note?.location.line == 5)  // the "*Tid*" line
    }

    @Test func attendanceGroups() throws {
        #expect(minutes.attendance.map(\.label) == ["Deltagare", "Frånvarande", "Övriga deltagare"])
        #expect(minutes.attendance.map(\.kind) == [.present, .absent, .other])
        #expect(minutes.attendance.map(\.attendees.count) == [7, 1, 11])
        let present = minutes.attendance[0].attendees
        let leif = try #require(present.first)
        #expect(leif.name == "Leif Eriksson")
        #expect(leif.organisation == "Botkyrka kommun")
        #expect(leif.presence == [ItemRange(from: 2, to: 7)])
        let mats = try #require(present.first { $0.name == "Mats Bergström" })
        #expect(mats.presence.isEmpty)
        #expect(mats.organisation == "Salems kommun")
        let stefan = try #require(present.first { $0.name == "Stefan Hollmark" })
        #expect(stefan.roles == ["justerare"])
        #expect(stefan.organisation == "Tyresö kommun")
        let anna = try #require(minutes.attendance[2].attendees.first)
        #expect(anna.name == "Anna Söderström" && anna.roles == ["sekreterare"])
        #expect(minutes.attendance[1].attendees.first?.organisation == "Södertälje kommun")
        #expect(minutes.attendance[2].attendees.last?.presence == [ItemRange(from: 7, to: 7)])
    }

    @Test func recoveriesAreReported() {
        let codes = Set(minutes.diagnostics.map(\.code))
        #expect(codes.contains("joined-heading"))
        #expect(codes.contains("ignored-rule"))
        #expect(!minutes.hasErrors)
    }

    @Test func items() {
        #expect(minutes.items.map(\.number) == [1, 2, 3, 4, 5, 6, 7, 8])
        #expect(minutes.items.map(\.title.plainText) == [
            "Incheckning", "Södertörnsmodellen",
            "Regionalt samarbete av ny utvecklingsledare, verksamhet hösten 2019/verksamhetsplan 2020",
            "Workshop: Nätverk inom nya utvecklingsprogrammet", "Återkoppling dag 1", "Aktuellt inom infrastruktur",
            "Fördjupning – Tvärförbindelse Södertörns och Södertäljebron", "Övriga frågor",
        ])
        let subheadings = minutes.items[4].blocks.compactMap { block -> String? in
            if case .heading(let level, let inlines) = block { return "\(level) \(inlines.plainText)" }
            return nil
        }
        #expect(subheadings == ["1 Södertörnsmodellen", "1 Besök av Region Stockholm", "1 Nätverk inom nya utvecklingsprogrammet"])
    }

    @Test func decisions() throws {
        let decisions = minutes.items.flatMap { $0.blocks.compactMap { if case .decision(let d) = $0 { return d } else { return nil } } }
        #expect(decisions.flatMap(\.clauses).count == 14)
        let workshop = minutes.items[3].blocks.compactMap { if case .decision(let d) = $0 { return d } else { return nil } }
        let clauses = try #require(workshop.first).clauses
        #expect(clauses.count == 5)
        #expect(clauses[0].isAttClause && clauses[0].text.plainText.hasPrefix("vi väntar med frågorna"))
        #expect(clauses[2].attachments.count == 2)
        let remisser = minutes.items[7].blocks.compactMap { if case .decision(let d) = $0 { return d } else { return nil } }
        #expect(remisser.first?.clauses.first?.isAttClause == false)
        #expect(remisser.first?.clauses.first?.text.plainText == "Kommundirektörerna kommunicerar remisserna sinsemellan.")
    }

    @Test func signatures() {
        #expect(minutes.signatures == [
            Signature(role: "Vid anteckningarna", name: "Anna Söderström"),
            Signature(role: "Justerat", name: "Stefan Hollmark"),
        ])
    }
}
