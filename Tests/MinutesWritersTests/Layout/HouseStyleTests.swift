import Foundation
import Testing
import OfficePackaging
import Protokoll
import TestSupport

/// `--style kommun` changes the look (typeface, spacing, header) and nothing else, in both office formats.
@Suite struct HouseStyleTests {
    let minutes: Minutes

    init() throws {
        minutes = Pipeline().parse(try Fixtures.bytes(Fixtures.seed), sourceName: "seed.md")
    }

    private func package(_ format: String, style: String) throws -> ZipReader {
        let writer = try WriterRegistry.standard.writer(for: format)
        return try ZipReader(try writer.write(minutes, options: WriterOptions(style: style)))
    }

    @Test func bundledStylesAreListed() {
        #expect(HouseStyles.available == ["kommun", "standard"])
    }

    @Test func odtKommunDiffersOnlyInStyles() throws {
        let standard = try package("odt", style: "standard"), kommun = try package("odt", style: "kommun")
        #expect(try standard.data("content.xml") == kommun.data("content.xml"))
        let styles = String(decoding: try kommun.data("styles.xml"), as: UTF8.self)
        #expect(styles.contains("style:font-name=\"Liberation Serif\""))
        #expect(!String(decoding: try standard.data("styles.xml"), as: UTF8.self).contains("Liberation Serif"))
        #expect(try SchemaValidator.validate(try kommun.data("styles.xml"), against: .odfDocument).isEmpty)
    }

    @Test func docxKommunDiffersOnlyInStyles() throws {
        let standard = try package("docx", style: "standard"), kommun = try package("docx", style: "kommun")
        #expect(try standard.data("word/document.xml") == kommun.data("word/document.xml"))
        let styles = String(decoding: try kommun.data("word/styles.xml"), as: UTF8.self)
        #expect(styles.contains("Times New Roman") && styles.contains("1F3864"))
        let writer = try WriterRegistry.standard.writer(for: "docx")
        #expect(OfficePackageValidator.validateDOCX(try writer.write(minutes, options: WriterOptions(style: "kommun"))).isEmpty)
    }

    @Test func unknownStyleIsAClearError() throws {
        let writer = try WriterRegistry.standard.writer(for: "odt")
        #expect(throws: WriterError.self) { try writer.write(minutes, options: WriterOptions(style: "saknas")) }
    }
}

/// The rendered PDF of `--style kommun` shows the same text in other typefaces than `standard`.
@Suite struct HouseStyleRenderingTests {
    @Test(.enabled(if: LibreOffice.isInstalled, "skipped: needs soffice, pdftotext, pdffonts"))
    func kommunLooksDifferentWithTheSameText() throws {
        let minutes = Pipeline().parse(try Fixtures.bytes(Fixtures.seed), sourceName: "seed.md")
        var documents: [String: [UInt8]] = [:]
        for format in ["odt", "docx"] {
            for style in ["standard", "kommun"] {
                let writer = try WriterRegistry.standard.writer(for: format)
                documents["\(style)-\(format).\(format)"] = try writer.write(minutes, options: WriterOptions(style: style))
            }
        }
        let pdfs = try LibreOffice.render(documents)
        for format in ["odt", "docx"] {
            let standard = try #require(pdfs["standard-\(format).\(format)"]), kommun = try #require(pdfs["kommun-\(format).\(format)"])
            // Page breaks fall elsewhere in the two styles: compare the text without running headers and page labels.
            // (pdftotext may read the header's right-aligned date apart from its left part.)
            let body: (RenderedPDF) -> String = { pdf in
                var text = pdf.text.replacingOccurrences(of: "Minnesanteckningar – Södertörnskommunernas ledningsgrupps planeringskonferens", with: " ")
                text = text.replacingOccurrences(of: "2019-09-05", with: " ")
                text = text.replacingOccurrences(of: #"Sida \d+ \(\d+\)"#, with: " ", options: .regularExpression)
                return RenderedPDF.collapse(text)
            }
            let (a, b) = (body(standard), body(kommun))
            let same = zip(a, b).prefix { $0 == $1 }.count
            #expect(a == b, "\(format): texts part at …\(a.dropFirst(max(0, same - 40)).prefix(120)) | …\(b.dropFirst(max(0, same - 40)).prefix(120))")
            #expect(kommun.fonts.contains("LiberationSerif") && !standard.fonts.contains("LiberationSerif"), "\(format): kommun sets body text in a serif")
        }
    }
}
