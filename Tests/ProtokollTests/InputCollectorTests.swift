import Foundation
import Testing
import Protokoll
import TestSupport

@Suite struct InputCollectorTests {
    @Test func walksDirectoriesSortedAndSkipsOtherFiles() throws {
        let root = try CommandRunner.temporaryFolder()
        let sub = root.appendingPathComponent("b")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        for name in ["b/2.md", "a.txt", "c.markdown", "notes.pdf", ".hidden.md"] {
            try Data("x".utf8).write(to: root.appendingPathComponent(name))
        }
        let (inputs, missing) = InputCollector.collect([root.path, "-", root.appendingPathComponent("nope.md").path])
        #expect(inputs.map { ($0.path as NSString).lastPathComponent } == ["a.txt", "2.md", "c.markdown", "-"])
        #expect(inputs[1].relativeFolder == "b" && inputs[1].stem == "2")
        #expect(missing.count == 1)
    }

    @Test func atomicWriteReplacesWholeFiles() throws {
        let dir = try CommandRunner.temporaryFolder()
        let path = dir.appendingPathComponent("deep/er/out.txt").path
        try AtomicFile.write(Array("first".utf8), to: path)
        try AtomicFile.write(Array("second".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
        #expect(try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent) == ["out.txt"])
    }

    @Test func failedInputWritesNothing() throws {
        let dir = try CommandRunner.temporaryFolder()
        let conversion = Conversion(pipeline: Pipeline(), formats: ["txt", "json"], destination: .directory(dir.path))
        let result = conversion.convert(InputSource(path: "bad.md"), bytes: [0, 0, 0])
        #expect(!result.succeeded && result.outputs.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(ConversionReport.json([result.record()]).utf8)) as? [String: Any])
        #expect(report["failed"] as? Int == 1 && report["converted"] as? Int == 0)
        let entry = try #require((report["inputs"] as? [[String: Any]])?.first)
        #expect(entry["status"] as? String == "failed" && entry["input"] as? String == "bad.md")
    }
}
