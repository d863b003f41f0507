import Testing
import OfficePackaging
import Protokoll
import TestSupport

/// Every real minutes file converts to every registered format, and every ODT and DOCX is valid.
@Suite struct CorpusConversionTests {
    @Test(arguments: Fixtures.corpusFiles())
    func convertsToEveryFormat(file: String) throws {
        let pipeline = Pipeline()
        let minutes = pipeline.parse(try Fixtures.bytes(file), sourceName: file)
        #expect(!minutes.hasErrors)
        for format in pipeline.registry.formats {
            let bytes = try pipeline.render(minutes, as: format.id)
            #expect(!bytes.isEmpty)
            switch format.id {
            case "odt": #expect(OfficePackageValidator.validateODT(bytes).isEmpty, "\(OfficePackageValidator.validateODT(bytes))")
            case "docx": #expect(OfficePackageValidator.validateDOCX(bytes).isEmpty, "\(OfficePackageValidator.validateDOCX(bytes))")
            default: #expect(String(validating: bytes, as: UTF8.self) != nil)
            }
        }
    }
}
