import Foundation
import MinutesModel
import Testing
@testable import MinutesEvaluation

/// The scorer counts every fact of a key once, and a spurious item, attendee or signer as a wrong fact.
@Suite struct ScorerTests {
    static let key = """
    {"file": "x.md",
     "meta": {"organ": "Kommunstyrelsen", "date": "2025-01-07", "start": "08:30", "end": null, "place": null},
     "items": [{"number": "§ 2", "title": "Upphandling", "dnr": "KS-2024-00744", "decision": "Kommunstyrelsen godkänner\\nParagrafen justeras omedelbart."}],
     "attendance": {"present": [{"name": "Lisa Andersson", "party": "M", "role": "ordförande", "replaces": null}],
                    "substitutes_not_serving": [], "others": [], "absent": []},
     "signatures": [{"role": "Sekreterare", "name": "Andrea Egerlundh"}]}
    """

    func score(_ minutes: Minutes) throws -> FileScore {
        let key = try JSONDecoder().decode(AnswerKey.self, from: Data(Self.key.utf8))
        var scorer = Scorer(key: key, minutes: minutes)
        return scorer.score()
    }

    static func perfect() -> Minutes {
        let date = LocalDate(year: 2025, month: 1, day: 7)!
        let decision = Decision(label: "Beslut", clauses: [
            Clause(text: [.text("Kommunstyrelsen godkänner")], isAttClause: false),
            Clause(text: [.text("Paragrafen justeras omedelbart.")], isAttClause: false),
        ])
        return Minutes(
            meta: Metadata(kind: .sammantradesprotokoll, organ: "Kommunstyrelsen", start: LocalDateTime(date: date, time: LocalTime(hour: 8, minute: 30))),
            attendance: [AttendanceGroup(label: "Beslutande", kind: .present, attendees: [Attendee(name: "Lisa Andersson", party: "M", roles: ["ordförande"])])],
            items: [AgendaItem(number: 2, usesParagraphSign: true, title: [.text("Upphandling")], blocks: [.decision(decision)],
                               location: SourceLocation(line: 1, column: 1), dnr: "KS-2024-00744")],
            signatures: [Signature(role: "Sekreterare", name: "Andrea Egerlundh")])
    }

    @Test func everyFactRightScoresOne() throws {
        let score = try score(Self.perfect())
        // meta: organ, date, start (end and place are null on both sides: no fact); item: number, title, dnr;
        // decision; attendee: group, party, role; signature.
        #expect(score.total == 3 + 3 + 1 + 3 + 1)
        #expect(score.right == score.total, "\(score.facts.filter { !$0.isRight })")
    }

    @Test func wrongAndSpuriousFactsCount() throws {
        var minutes = Self.perfect()
        minutes.items[0].dnr = "KS-2024-00745"
        minutes.items.append(AgendaItem(number: 3, title: [.text("Innehåll")], blocks: [], location: SourceLocation(line: 9, column: 1)))
        minutes.attendance[0].kind = .substitute
        minutes.signatures.append(Signature(role: "Ordförande", name: "Lisa Andersson"))
        minutes.meta.place = "Stadshuset"
        let score = try score(minutes)
        let wrong = Set(score.facts.filter { !$0.isRight }.map(\.name))
        #expect(wrong == ["§ 2 dnr", "spurious item 3", "present Lisa Andersson", "spurious signature Ordförande", "place"])
        #expect(score.total == 11 + 3)
    }

    @Test func decisionsCompareWithoutAttAndSpacing() {
        #expect(FactText.decision(["att  godkänna\u{00A0}budgeten –", "Att anta planen"]) == FactText.decision(["godkänna budgeten -", "anta planen"]))
        #expect(FactText.decision(["godkänna budgeten"]) != FactText.decision(["godkänna budgeten 2025"]))
        #expect(FactText.itemNumber("§ 12") == FactText.itemNumber("12"))
        #expect(FactText.signatureRole("Vid protokollet") == "sekreterare")
        #expect(FactText.signatureRole("Protokolljusterare") == "justerare")
    }
}

/// "Årsmötet beslutade att fastställa dagordningen": a key holding the whole sentence matches the parser's label
/// "Årsmötet beslutade" and its att-clause, and still not a different decision.
@Suite struct DecisionReadingTests {
    @Test func verbLabelAndClauseMatchTheWholeSentence() {
        let decision = Decision(label: "Årsmötet beslutade", clauses: [Clause(text: [.text("fastställa dagordningen.")], isAttClause: true)])
        let item = AgendaItem(number: 4, title: [.text("Dagordning")], blocks: [.decision(decision)], location: SourceLocation(line: 1, column: 1))
        #expect(Scorer.decisionText(item, withVerbLabels: true) == "Årsmötet beslutade att fastställa dagordningen.")
        #expect(Scorer.decisionText(item) == "fastställa dagordningen.")
        let beslut = Decision(label: "Beslut", clauses: [Clause(text: [.text("Nämnden noterar informationen.")], isAttClause: false)])
        let plain = AgendaItem(number: 5, title: [.text("Info")], blocks: [.decision(beslut)], location: SourceLocation(line: 1, column: 1))
        #expect(Scorer.decisionText(plain, withVerbLabels: true) == "Nämnden noterar informationen.")
    }
}
