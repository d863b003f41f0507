import Foundation

/// The schemas shipped in the module's resources, one per kind of part Protokoll writes.
public enum BundledSchema: String, Sendable, CaseIterable {
    /// ODF 1.3 document schema: content.xml, styles.xml, meta.xml, settings.xml.
    case odfDocument
    /// ODF 1.3 manifest schema: META-INF/manifest.xml.
    case odfManifest
    /// WordprocessingML main document: word/document.xml.
    case wordMain
    /// WordprocessingML style definitions: word/styles.xml.
    case wordStyles
    /// WordprocessingML numbering definitions: word/numbering.xml.
    case wordNumbering
    /// WordprocessingML document settings: word/settings.xml.
    case wordSettings
    /// WordprocessingML header part.
    case wordHeader
    /// WordprocessingML footer part.
    case wordFooter
    /// WordprocessingML font table: word/fontTable.xml.
    case wordFontTable
    /// Custom file properties: docProps/custom.xml.
    case customProperties
    /// Extended file properties: docProps/app.xml.
    case extendedProperties
    /// OPC content types: [Content_Types].xml (XSD).
    case contentTypes
    /// OPC relationships: *.rels (XSD).
    case relationships
    /// OPC core properties: docProps/core.xml (XSD).
    case coreProperties
    /// METS 1.12 (E-ARK packages' METS.xml).
    case mets
    /// CITS ERMS 2.1 (an E-ARK package's descriptive metadata of records).
    case erms
    /// PREMIS 3.0 (an E-ARK package's preservation metadata).
    case premis

    /// The grammar language of a schema file.
    enum Language { case relaxNG, xmlSchema }

    /// The schema file, relative to the bundled `schemas` folder.
    var relativePath: String {
        switch self {
        case .odfDocument: "odf-1.3/OpenDocument-v1.3-schema.rng"
        case .odfManifest: "odf-1.3/OpenDocument-v1.3-manifest-schema.rng"
        case .wordMain: "ooxml-transitional-rng/WordprocessingML_Main_Document.rng"
        case .wordStyles: "ooxml-transitional-rng/WordprocessingML_Style_Definitions.rng"
        case .wordNumbering: "ooxml-transitional-rng/WordprocessingML_Numbering_Definitions.rng"
        case .wordSettings: "ooxml-transitional-rng/WordprocessingML_Document_Settings.rng"
        case .wordHeader: "ooxml-transitional-rng/WordprocessingML_Header.rng"
        case .wordFooter: "ooxml-transitional-rng/WordprocessingML_Footer.rng"
        case .wordFontTable: "ooxml-transitional-rng/WordprocessingML_Font_Table.rng"
        case .customProperties: "ooxml-transitional-rng/Shared_Custom_File_Properties.rng"
        case .extendedProperties: "ooxml-transitional-rng/Shared_Extended_File_Properties.rng"
        case .contentTypes: "ooxml-xsd/opc-contentTypes.xsd"
        case .relationships: "ooxml-xsd/opc-relationships.xsd"
        case .coreProperties: "ooxml-xsd/opc-coreProperties.xsd"
        case .mets: "e-ark/mets.xsd"
        case .erms: "e-ark/ERMS.xsd"
        case .premis: "e-ark/premis.xsd"
        }
    }

    /// Whether the part belongs to Office Open XML, where ECMA-376 Part 3 markup compatibility applies.
    var usesMarkupCompatibility: Bool {
        switch self {
        case .odfDocument, .odfManifest, .mets, .erms, .premis: false
        case .wordMain, .wordStyles, .wordNumbering, .wordSettings, .wordHeader, .wordFooter, .wordFontTable,
             .customProperties, .extendedProperties, .contentTypes, .relationships, .coreProperties: true
        }
    }

    /// Whether the part belongs to ODF, where foreign elements and attributes are ignored.
    var isODF: Bool { self == .odfDocument || self == .odfManifest }

    /// Whether the file is RELAX NG or W3C XML Schema.
    var language: Language {
        switch self {
        case .contentTypes, .relationships, .coreProperties, .mets, .erms, .premis: .xmlSchema
        default: .relaxNG
        }
    }
}

/// The schema files an E-ARK package carries in its `schemas/` folder, as bundled.
public enum ArchiveSchemaFiles {
    /// The file names, in the order a package lists them.
    public static let names = ["mets.xsd", "xlink.xsd", "DILCISExtensionMETS.xsd", "DILCISExtensionSIPMETS.xsd", "ERMS.xsd", "erms.sch", "premis.xsd"]

    /// The bytes of `name` (one of `names`).
    public static func bytes(_ name: String) throws -> [UInt8] {
        guard let folder = Bundle.module.url(forResource: "schemas", withExtension: nil),
              let data = FileManager.default.contents(atPath: folder.appendingPathComponent("e-ark/" + name).path) else {
            throw XMLError.schemaUnavailable(schema: name, detail: "not among the bundled schemas")
        }
        return Array(data)
    }
}
