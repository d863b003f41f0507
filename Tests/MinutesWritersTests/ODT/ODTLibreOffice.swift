import Foundation
import MinutesWriters
import Protokoll
import TestSupport

/// Converts an ODT to PDF with LibreOffice (TestSupport's `LibreOffice`) and reads the PDF's text back.
enum ODTLibreOffice {
    /// The rendered PDF of `minutes` written as ODT, or nil when LibreOffice is not installed.
    static func pdfText(_ minutes: Minutes, name: String) throws -> RenderedPDF? {
        guard LibreOffice.isInstalled else {
            print("ODT LibreOffice round trip of \(name) skipped: soffice or poppler-utils not installed")
            return nil
        }
        return try LibreOffice.render(try ODTTestSupport.write(minutes), named: "\(name).odt")
    }
}
