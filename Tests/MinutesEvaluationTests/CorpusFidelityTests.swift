import Foundation
import MinutesEvaluation
import Testing
import TestSupport

/// `make eval` as a test: the parser's reading of each corpus with answer keys stays at or above its floor.
/// The floors are the figures reached when they were last raised (docs/evaluation.md); raise them, never lower them.
@Suite struct CorpusFidelityTests {
    @Test(arguments: [("kommun", 0.95, 0.80), ("real", 0.95, 0.80)])
    func corpusScoresAtLeastItsFloor(corpus: String, floor: Double, fileFloor: Double) throws {
        let folder = Fixtures.url("eval/" + corpus)
        let answers = folder.appendingPathComponent("answers")
        let keys = (try? FileManager.default.contentsOfDirectory(atPath: answers.path).filter { $0.hasSuffix(".json") }) ?? []
        try #require(!keys.isEmpty, "no answer keys in \(answers.path)")
        let score = try Evaluation.run(corpus: folder)
        let table = EvaluationReport.text([score], worst: 40)
        #expect(score.ratio >= floor, "\(table)")
        #expect(score.worstFileRatio >= fileFloor, "\(table)")
    }
}
