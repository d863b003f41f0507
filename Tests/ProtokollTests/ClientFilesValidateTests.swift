import Foundation
import Testing
import Protokoll
import TestSupport

/// `protokoll validate` accepts what LibreOffice writes: data descriptors, `mc:Ignorable` markup, foreign
/// (`loext:`) attributes, folder entries, LibreOffice's order of a numbering level's children.
@Suite struct ClientFilesValidateTests {
    @Test(arguments: ["templates/mall-kommun.odt", "templates/mall-kommun.docx"])
    func theBundledTemplatesValidate(path: String) throws {
        let bytes = try Fixtures.bytes(path)
        let ext = (path as NSString).pathExtension
        #expect(DocumentValidation.problems(in: bytes, fileExtension: ext) == [])
    }

    @Test func documentsResavedByLibreOfficeValidate() throws {
        guard LibreOffice.isInstalled else { return }
        let pipeline = Pipeline()
        let minutes = pipeline.parse(try Fixtures.bytes(Fixtures.seed))
        for source in ["odt", "docx"] {
            let bytes = try pipeline.render(minutes, as: source)
            for target in ["odt", "docx"] {
                let saved = try LibreOffice.resave(bytes, named: "seed." + source, as: target)
                let problems = try #require(DocumentValidation.problems(in: saved, fileExtension: target))
                #expect(problems == [], "\(source) saved by LibreOffice as \(target): \(problems.prefix(5))")
            }
        }
    }
}
