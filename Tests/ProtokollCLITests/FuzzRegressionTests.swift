import Foundation
import Testing
import TestSupport

/// Replays the fuzz regressions and every input fixture through the fuzz target: each is parsed, typeset, written
/// in every format, and the ODT and DOCX validated; txt and JSON must hold no control character.
@Suite struct FuzzRegressionTests {
    @Test func fixturesAndFindingsConvertToValidDocuments() throws {
        let binary = try #require(CommandRunner.executablePath("protokoll-fuzz"), "build with swift build --build-tests")
        let root = Fixtures.packageRoot().appendingPathComponent("fixtures")
        let folders = ["fuzz", "minutes", "readers", "eval/real", "eval/kommun"].map { root.appendingPathComponent($0).path }
        let result = try CommandRunner.run(binary, folders)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("no finding"), "\(result.stdout)")
    }

    @Test func aFindingFailsTheReplay() throws {
        let binary = try #require(CommandRunner.executablePath("protokoll-fuzz"))
        let result = try CommandRunner.run(binary, ["/nonexistent/finding"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no such file"))
    }
}
