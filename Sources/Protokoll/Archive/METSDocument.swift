import Foundation
import OfficePackaging

/// The METS files of an E-ARK SIP 2.1: the root METS.xml and each representation's, following the CSIP/SIP
/// profile as eark-validator checks it (see docs/archive.md for the rules and the validator's known false positive).
enum METSDocument {
    /// A file a METS lists: its path relative to the METS, bytes and media type.
    struct Listed {
        let path: String
        let bytes: [UInt8]
        let mediaType: String
    }

    static let profile = "https://earksip.dilcis.eu/profile/E-ARK-SIP.xml"
    static let contentType = "citserms_v2_1"

    /// The root METS.xml.
    static func root(facts: PackageFacts, erms: Listed, premis: Listed, documentation: [Listed], schemas: [Listed], representation: Listed) throws -> [UInt8] {
        let groups: [ArchiveXML] = [
            group("grp-documentation", use: "Documentation", other: "none", documentation, created: facts.created),
            group("grp-schemas", use: "Schemas", other: "none", schemas, created: facts.created),
            group("grp-rep1", use: "Representations/rep1", other: contentType, [representation], created: facts.created),
        ]
        let structure = ArchiveXML.el("mets:structMap", [("ID", "structmap-csip"), ("TYPE", "PHYSICAL"), ("LABEL", "CSIP")], [
            .el("mets:div", [("ID", "div-root"), ("LABEL", facts.id)], [
                .el("mets:div", [("ID", "div-metadata"), ("LABEL", "Metadata"), ("ADMID", "digiprov-premis"), ("DMDID", "dmd-erms")]),
                .el("mets:div", [("ID", "div-documentation"), ("LABEL", "Documentation")], [.el("mets:fptr", [("FILEID", "grp-documentation")])]),
                .el("mets:div", [("ID", "div-schemas"), ("LABEL", "Schemas")], [.el("mets:fptr", [("FILEID", "grp-schemas")])]),
                .el("mets:div", [("ID", "div-representations"), ("LABEL", "Representations")], [
                    .el("mets:fptr", [("FILEID", "grp-rep1")]),
                    .el("mets:div", [("ID", "div-rep1"), ("LABEL", "Representations/rep1")], [
                        .el("mets:mptr", [("LOCTYPE", "URL"), ("xlink:type", "simple"), ("xlink:href", href(representation.path)), ("xlink:title", "grp-rep1")]),
                    ]),
                ]),
            ]),
        ])
        let children: [ArchiveXML] = [
            header(facts, archivist: facts.organ),
            .el("mets:dmdSec", [("ID", "dmd-erms"), ("CREATED", facts.created), ("STATUS", "CURRENT")], [
                reference(erms, created: facts.created, type: [("MDTYPE", "OTHER"), ("OTHERMDTYPE", "ERMS")]),
            ]),
            .el("mets:amdSec", [("ID", "amd-1")], [
                .el("mets:digiprovMD", [("ID", "digiprov-premis"), ("CREATED", facts.created), ("STATUS", "CURRENT")], [
                    reference(premis, created: facts.created, type: [("MDTYPE", "PREMIS")]),
                ]),
            ]),
            .el("mets:fileSec", [("ID", "filesec-1")], groups),
            structure,
        ]
        return try document(objectID: facts.id, label: facts.label, schemaPrefix: "schemas/", children)
    }

    /// representations/rep1/METS.xml, listing the data files.
    static func representation(facts: PackageFacts, data: [Listed]) throws -> [UInt8] {
        let files = data.map { file in fileElement(file, id: "rep1-" + identifier(file.path), created: facts.created) }
        let children: [ArchiveXML] = [
            header(facts, archivist: nil),
            .el("mets:fileSec", [("ID", "rep1-filesec")], [.el("mets:fileGrp", [("ID", "rep1-grp-data"), ("USE", "Data")], files)]),
            .el("mets:structMap", [("ID", "rep1-structmap"), ("TYPE", "PHYSICAL"), ("LABEL", "CSIP")], [
                .el("mets:div", [("ID", "rep1-div-root"), ("LABEL", "rep1")], [
                    .el("mets:div", [("ID", "rep1-div-data"), ("LABEL", "Data")], [.el("mets:fptr", [("FILEID", "rep1-grp-data")])]),
                ]),
            ]),
        ]
        return try document(objectID: "rep1", label: facts.label + ", representation rep1", schemaPrefix: "../../schemas/", children)
    }

    private static func document(objectID: String, label: String, schemaPrefix: String, _ children: [ArchiveXML]) throws -> [UInt8] {
        let locations = [
            "http://www.loc.gov/METS/ \(schemaPrefix)mets.xsd", "http://www.w3.org/1999/xlink \(schemaPrefix)xlink.xsd",
            "https://DILCIS.eu/XML/METS/CSIPExtensionMETS \(schemaPrefix)DILCISExtensionMETS.xsd",
            "https://DILCIS.eu/XML/METS/SIPExtensionMETS \(schemaPrefix)DILCISExtensionSIPMETS.xsd",
        ]
        return try ArchiveXML.el("mets:mets", [
            ("xmlns:mets", "http://www.loc.gov/METS/"), ("xmlns:xlink", "http://www.w3.org/1999/xlink"),
            ("xmlns:csip", "https://DILCIS.eu/XML/METS/CSIPExtensionMETS"), ("xmlns:sip", "https://DILCIS.eu/XML/METS/SIPExtensionMETS"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("OBJID", objectID), ("LABEL", label), ("TYPE", "Other"), ("csip:OTHERTYPE", "Meeting minutes"),
            ("csip:CONTENTINFORMATIONTYPE", contentType), ("PROFILE", profile), ("xsi:schemaLocation", locations.joined(separator: " ")),
        ], children).document()
    }

    private static func header(_ facts: PackageFacts, archivist: String?) -> ArchiveXML {
        var agents = [ArchiveXML.el("mets:agent", [("ROLE", "CREATOR"), ("TYPE", "OTHER"), ("OTHERTYPE", "SOFTWARE")], [
            .el("mets:name", text: "Protokoll"),
            .el("mets:note", [("csip:NOTETYPE", "SOFTWARE VERSION")], text: ProtokollVersion.current),
        ])]
        if let archivist {
            agents.append(.el("mets:agent", [("ROLE", "ARCHIVIST"), ("TYPE", "ORGANIZATION")], [.el("mets:name", text: archivist)]))
        }
        return .el("mets:metsHdr", [("CREATEDATE", facts.created), ("LASTMODDATE", facts.created), ("RECORDSTATUS", "NEW"), ("csip:OAISPACKAGETYPE", "SIP")], agents)
    }

    private static func group(_ id: String, use: String, other: String, _ files: [Listed], created: String) -> ArchiveXML {
        .el("mets:fileGrp", [("ID", id), ("USE", use), ("csip:CONTENTINFORMATIONTYPE", "OTHER"), ("csip:OTHERCONTENTINFORMATIONTYPE", other)],
            files.map { fileElement($0, id: "file-" + identifier($0.path), created: created) })
    }

    private static func fileElement(_ file: Listed, id: String, created: String) -> ArchiveXML {
        .el("mets:file", [("ID", id), ("MIMETYPE", file.mediaType), ("SIZE", String(file.bytes.count)), ("CREATED", created),
                          ("CHECKSUM", SHA256.hex(file.bytes).uppercased()), ("CHECKSUMTYPE", "SHA-256")], [
            .el("mets:FLocat", [("LOCTYPE", "URL"), ("xlink:type", "simple"), ("xlink:href", href(file.path))]),
        ])
    }

    private static func reference(_ file: Listed, created: String, type: [(String, String)]) -> ArchiveXML {
        .el("mets:mdRef", [("LOCTYPE", "URL"), ("xlink:type", "simple"), ("xlink:href", href(file.path))] + type + [
            ("MIMETYPE", file.mediaType), ("SIZE", String(file.bytes.count)), ("CREATED", created),
            ("CHECKSUM", SHA256.hex(file.bytes).uppercased()), ("CHECKSUMTYPE", "SHA-256"),
        ])
    }

    /// A relative URL for a path: RFC 3986 unreserved characters and "/" as they are, every other byte %XX
    /// ("data/2019-09-05 ledningsgrupp.pdf" → "data/2019-09-05%20ledningsgrupp.pdf").
    static func href(_ path: String) -> String {
        let digits = Array("0123456789ABCDEF")
        return path.utf8.map { byte -> String in
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80, scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)) || "-._~/".unicodeScalars.contains(scalar) {
                return String(Character(scalar))
            }
            return "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
        }.joined()
    }

    /// An XML ID from a path: letters and digits kept, the rest a hyphen, lowercase.
    static func identifier(_ path: String) -> String {
        String(path.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
    }
}
