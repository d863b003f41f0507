import Foundation
import MinutesWriters
import OfficePackaging
import Protokoll
import TestSupport

/// Shared inputs and checks for the ODT writer tests.
enum ODTTestSupport {
    static let parts = ["content.xml", "styles.xml", "meta.xml"]

    /// The seed minutes, parsed and typeset as the CLI does.
    static func seedMinutes() throws -> Minutes {
        Pipeline().parse(try Fixtures.bytes(Fixtures.seed), sourceName: Fixtures.seed)
    }

    static func write(_ minutes: Minutes, options: WriterOptions = WriterOptions()) throws -> [UInt8] {
        try ODTWriter().write(minutes, options: options)
    }

    /// Every schema problem of every XML part plus every package problem, as readable lines.
    static func problems(_ odt: [UInt8]) throws -> [String] {
        let reader = try ZipReader(odt)
        var found: [String] = []
        for part in parts {
            found += try SchemaValidator.validate(reader.data(part), against: .odfDocument).map { "\(part): \($0)" }
        }
        found += try SchemaValidator.validate(reader.data("META-INF/manifest.xml"), against: .odfManifest).map { "manifest: \($0)" }
        found += OfficePackageValidator.validateODT(odt).map(\.description)
        return found
    }

    /// `text` with every run of white space (including no-break spaces) as one space.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
