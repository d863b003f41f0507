import Foundation
import MinutesWriters
import Protokoll
import OfficePackaging
import TestSupport

/// The `fixtures/templates/mall-kommun.odt` template and broken variants of it.
enum ODTReferenceSupport {
    static let templatePath = "templates/mall-kommun.odt"
    /// The header logo the template's styles.xml points at.
    static let picturePath = "Pictures/10000000000000F000000048C975E0DE0DA03AA2.png"

    static func template() throws -> [UInt8] {
        try Fixtures.bytes(templatePath)
    }

    /// Writer options with the template as the ODT reference document.
    static func options() throws -> WriterOptions {
        var options = WriterOptions()
        options.referenceDocuments["odt"] = try template()
        return options
    }

    static func write(_ minutes: Minutes) throws -> [UInt8] {
        try ODTTestSupport.write(minutes, options: try options())
    }

    /// The template re-zipped with `text` replaced in its styles.xml and without the entries in `dropping`.
    static func template(replacing text: String = "", with replacement: String = "", dropping: Set<String> = [],
                         mimetype: String? = nil) throws -> [UInt8] {
        let reader = try ZipReader(try template())
        var zip = ZipWriter(timestamp: .dosEpoch)
        for entry in reader.entries where !dropping.contains(entry.name) && !entry.name.hasSuffix("/") {
            var bytes = try reader.data(entry.name)
            if entry.name == "styles.xml", !text.isEmpty {
                bytes = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: text, with: replacement).utf8)
            }
            if entry.name == "mimetype", let mimetype { bytes = Array(mimetype.utf8) }
            try zip.add(entry.name, bytes, method: entry.name == "mimetype" ? .stored : .deflated)
        }
        return zip.finish()
    }

    /// Files that must not serve as templates.
    enum BrokenTemplate: String, CaseIterable, CustomStringConvertible, Sendable {
        case randomBytes, noStylesXML, spreadsheet, malformedStyles

        var description: String { rawValue }

        func bytes() throws -> [UInt8] {
            switch self {
            case .randomBytes:
                // Noise from a multiplicative hash, the same on every run.
                return (0..<2048).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) }
            case .noStylesXML: return try template(dropping: ["styles.xml"])
            case .spreadsheet: return try template(mimetype: "application/vnd.oasis.opendocument.spreadsheet")
            case .malformedStyles: return try template(replacing: "</office:master-styles>", with: "</office:master>")
            }
        }

        /// What the error message must say.
        var expectedDetail: String {
            switch self {
            case .randomBytes: "is not a readable zip archive"
            case .noStylesXML: "styles.xml"
            case .spreadsheet: "application/vnd.oasis.opendocument.spreadsheet"
            case .malformedStyles: "styles.xml is not well-formed XML"
            }
        }
    }
}
