import Foundation
import OfficePackaging

/// metadata/preservation/premis.xml (PREMIS 3.0): each data file as an object with its fixity and format, the
/// conversion as an event, Protokoll and its version as the agent.
enum PREMISDocument {
    struct DataFile {
        let path: String
        let bytes: [UInt8]
        let formatName: String
        let formatVersion: String?
    }

    static func xml(files: [DataFile], sourceName: String, facts: PackageFacts) throws -> [UInt8] {
        var children: [ArchiveXML] = files.map { file in
            var designation = [ArchiveXML.el("formatName", text: file.formatName)]
            if let version = file.formatVersion { designation.append(.el("formatVersion", text: version)) }
            return .el("object", [("xsi:type", "file")], [
                .el("objectIdentifier", [.el("objectIdentifierType", text: "filepath"), .el("objectIdentifierValue", text: file.path)]),
                .el("objectCharacteristics", [
                    .el("fixity", [.el("messageDigestAlgorithm", text: "SHA-256"), .el("messageDigest", text: SHA256.hex(file.bytes))]),
                    .el("size", text: String(file.bytes.count)),
                    .el("format", [.el("formatDesignation", designation)]),
                ]),
            ])
        }
        let names = files.map { ($0.path as NSString).lastPathComponent }.joined(separator: ", ")
        children.append(.el("event", [
            .el("eventIdentifier", [.el("eventIdentifierType", text: "local"), .el("eventIdentifierValue", text: "event-conversion-1")]),
            .el("eventType", [("authority", "eventType"), ("authorityURI", "http://id.loc.gov/vocabulary/preservation/eventType"),
                              ("valueURI", "http://id.loc.gov/vocabulary/preservation/eventType/mig")], text: "migration"),
            .el("eventDateTime", text: facts.created),
            .el("eventDetailInformation", [.el("eventDetail", text: "\(sourceName) konverterades till \(names) med Protokoll \(ProtokollVersion.current)")]),
            .el("eventOutcomeInformation", [.el("eventOutcome", text: "success")]),
            .el("linkingAgentIdentifier", [
                .el("linkingAgentIdentifierType", text: "local"), .el("linkingAgentIdentifierValue", text: "agent-protokoll"),
                .el("linkingAgentRole", text: "executing program"),
            ]),
        ] + files.map { file in
            .el("linkingObjectIdentifier", [
                .el("linkingObjectIdentifierType", text: "filepath"), .el("linkingObjectIdentifierValue", text: file.path),
                .el("linkingObjectRole", text: "outcome"),
            ])
        }))
        children.append(.el("agent", [
            .el("agentIdentifier", [.el("agentIdentifierType", text: "local"), .el("agentIdentifierValue", text: "agent-protokoll")]),
            .el("agentName", text: "Protokoll"), .el("agentType", text: "software"), .el("agentVersion", text: ProtokollVersion.current),
        ]))
        let root = ArchiveXML.el("premis", [
            ("xmlns", "http://www.loc.gov/premis/v3"), ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", "http://www.loc.gov/premis/v3 ../../schemas/premis.xsd"), ("version", "3.0"),
        ], children)
        return try root.document()
    }
}
