import Foundation
import OfficePackaging

/// Builds the E-ARK SIP of one protocol: the PDF/A (when given), the ODT and the TXT as representation rep1, ERMS
/// and PREMIS metadata, the schemas, a description, and the METS files that list them with sizes and SHA-256.
public enum SIPBuilder {
    /// The package for `minutes` (parsed from `source`, named `sourceName`), with the renderings by format id.
    public static func build(_ minutes: Minutes, source: [UInt8], sourceName: String, stem: String, renderings: [String: [UInt8]],
                             optionsKey: String, now: LocalDateTime?) throws -> SubmissionPackage {
        let facts = PackageFacts(minutes: minutes, source: source, optionsKey: optionsKey, now: now)
        let formats: [(id: String, ext: String, media: String, name: String, version: String?)] = [
            ("pdf", "pdf", "application/pdf", "PDF/A-2b", "2b"),
            ("odt", "odt", "application/vnd.oasis.opendocument.text", "OpenDocument Text", "1.3"),
            ("txt", "txt", "text/plain", "Plain text (UTF-8)", nil),
        ]
        let data = formats.compactMap { format in
            renderings[format.id].map { (file: METSDocument.Listed(path: "data/\(stem).\(format.ext)", bytes: $0, mediaType: format.media), format: format) }
        }
        let premisFiles = data.map { PREMISDocument.DataFile(path: "representations/rep1/" + $0.file.path, bytes: $0.file.bytes,
                                                               formatName: $0.format.name, formatVersion: $0.format.version) }
        let erms = METSDocument.Listed(path: "metadata/descriptive/erms.xml", bytes: try ERMSDocument.xml(minutes, facts: facts), mediaType: "text/xml")
        let premis = METSDocument.Listed(path: "metadata/preservation/premis.xml",
                                         bytes: try PREMISDocument.xml(files: premisFiles, sourceName: sourceName, facts: facts), mediaType: "text/xml")
        let description = """
            Leveransbeskrivning
            Paket: \(facts.id)
            Innehåll: \(facts.label)\(Registration(minutes.meta)[.diaryNumber].map { ", diarienummer \($0)" } ?? "").
            Beskrivande metadata: metadata/descriptive/erms.xml (CITS ERMS 2.1).
            Bevarandemetadata: metadata/preservation/premis.xml (PREMIS 3.0).
            Representation rep1: \(data.map { ($0.file.path as NSString).lastPathComponent }.joined(separator: ", ")).
            Källa: \(sourceName).
            Skapat av Protokoll \(ProtokollVersion.current).

            """
        let documentation = [METSDocument.Listed(path: "documentation/package-info.txt", bytes: Array(description.utf8), mediaType: "text/plain")]
        let schemas = try ArchiveSchemaFiles.names.map { METSDocument.Listed(path: "schemas/" + $0, bytes: try ArchiveSchemaFiles.bytes($0), mediaType: "text/xml") }
        let repMETS = METSDocument.Listed(path: "representations/rep1/METS.xml",
                                          bytes: try METSDocument.representation(facts: facts, data: data.map(\.file)), mediaType: "text/xml")
        let root = try METSDocument.root(facts: facts, erms: erms, premis: premis, documentation: documentation, schemas: schemas, representation: repMETS)
        var files = [SubmissionPackage.File(path: "METS.xml", bytes: root)]
        files += ([erms, premis, repMETS] + documentation + schemas).map { SubmissionPackage.File(path: $0.path, bytes: $0.bytes) }
        files += data.map { SubmissionPackage.File(path: "representations/rep1/" + $0.file.path, bytes: $0.file.bytes) }
        return SubmissionPackage(id: facts.id, files: files, timestamp: facts.timestamp)
    }
}
