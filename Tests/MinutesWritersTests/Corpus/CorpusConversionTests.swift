import Testing
import OfficePackaging
import Protokoll
import TestSupport

/// Every real minutes file converts to every registered format but PDF, and every ODT and DOCX is valid.
@Suite struct CorpusConversionTests {
    @Test(arguments: Fixtures.corpusFiles())
    func convertsToEveryFormat(file: String) throws {
        let pipeline = Pipeline()
        let minutes = pipeline.parse(try Fixtures.bytes(file), sourceName: file)
        #expect(!minutes.hasErrors)
        // The PDF is LibreOffice's export of the ODT validated here; PDFOutputTests open it (a PDF per corpus file
        // would add a minute of LibreOffice to every run).
        for format in pipeline.registry.formats where format.id != "pdf" {
            let bytes = try pipeline.render(minutes, as: format.id)
            #expect(!bytes.isEmpty)
            switch format.id {
            case "odt": #expect(OfficePackageValidator.validateODT(bytes).isEmpty, "\(OfficePackageValidator.validateODT(bytes))")
            case "docx": #expect(OfficePackageValidator.validateDOCX(bytes).isEmpty, "\(OfficePackageValidator.validateDOCX(bytes))")
            default: #expect(String(validating: bytes, as: UTF8.self) != nil)
            }
        }
        // The ODT the PDF writer exports: a form field on every signature line.
        var options = pipeline.writerOptions
        options.signatureFields = true
        let odt = try ODTWriter().write(minutes, options: options)
        #expect(OfficePackageValidator.validateODT(odt).isEmpty, "\(OfficePackageValidator.validateODT(odt))")
    }
}
