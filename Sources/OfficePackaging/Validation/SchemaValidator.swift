// Bundled schemas (Resources/schemas), copied from the project's shared/schemas:
// - odf-1.3/: OASIS OpenDocument 1.3 RELAX NG (document, manifest, dsig), as kept in
//   openpreserve/odf-validator (odf-core/src/main/resources/org/openpreservation/odf/schema/odf/1.3/, commit 06e6b6365cfa).
// - ooxml-transitional-rng/: ISO/IEC 29500 Transitional RELAX NG, trang-converted from python-openxml/python-docx
//   ref/rnc/ (commit e45454602b53); the wrappers include each other, so the folder ships whole. wml.rng and
//   dml-wordprocessingDrawing.rng are then flattened by scripts/flatten-ooxml-rng (same language, no nested
//   repetitions), without which libxml2 took minutes on a body of a few hundred paragraphs.
// - ooxml-xsd/opc-contentTypes.xsd, opc-relationships.xsd: ECMA-376 OPC schemas from python-docx ref/xsd/, unchanged.
// - ooxml-xsd/opc-coreProperties.xsd: same source; its Dublin Core imports, which pointed at dublincore.org, now name
//   the local dc.xsd / dcterms.xsd, and its xml: import names the local xml.xsd.
// - ooxml-xsd/xml.xsd: the W3C xml: namespace schema, from shared/schemas/e-ark/xml.xsd.
// - e-ark/: METS 1.12 (mets.xsd; its xlink import now names the local xlink.xsd), xlink.xsd, xml.xsd, CITS ERMS
//   ERMS.xsd and the DILCIS CSIP/SIP METS extension schemas, from shared/schemas/e-ark/ (E-ARK SIP 2.1 packages).
// - ooxml-xsd/dc.xsd, dcterms.xsd: small stand-ins written for Protokoll (the DCMI originals are not vendored);
//   they declare the Dublin Core elements, the dc:date refinements and the W3CDTF type that core.xml uses.
// Nothing is ever fetched: LibXML installs libxml2's no-network entity loader and documents parse with XML_PARSE_NONET.

internal import CLibXML2

/// Validates XML parts against the bundled schemas in-process with libxml2.
public enum SchemaValidator {
    /// The problems `xml` has against `schema`; empty means valid. A document that is not well-formed yields
    /// its parse errors. Throws only when the schema itself cannot be loaded.
    /// A part is first read as a consumer reads it: in Office Open XML what `mc:Ignorable` names is dropped and
    /// `mc:AlternateContent` becomes its fallback; in ODF foreign elements and attributes are dropped.
    public static func validate(_ xml: [UInt8], against schema: BundledSchema) throws -> [ValidationIssue] {
        let compiled = try SchemaCache.shared.schema(schema)
        return LibXML.collectingErrors { collector in
            guard let parsed = ParsedXML(xml), collector.errors.isEmpty else {
                return issues(collector, fallback: "not well-formed XML")
            }
            if let root = parsed.root {
                // The same reading a template gets (Templates/ForeignMarkup.swift).
                if schema.usesMarkupCompatibility {
                    ForeignMarkup.resolveMarkupCompatibility(root)
                    if schema == .wordNumbering { WordLevelOrder.normalize(parsed.document) }
                } else if schema.isODF {
                    ForeignMarkup.stripNonODF(root)
                }
            }
            let result: Int32
            switch compiled {
            case .relaxNG(let grammar):
                guard let context = xmlRelaxNGNewValidCtxt(grammar) else { return [outOfMemory] }
                defer { xmlRelaxNGFreeValidCtxt(context) }
                xmlRelaxNGSetValidStructuredErrors(context, LibXMLErrorCollector.handler, collector.context)
                result = xmlRelaxNGValidateDoc(context, parsed.document)
            case .xmlSchema(let grammar):
                guard let context = xmlSchemaNewValidCtxt(grammar) else { return [outOfMemory] }
                defer { xmlSchemaFreeValidCtxt(context) }
                xmlSchemaSetValidStructuredErrors(context, LibXMLErrorCollector.handler, collector.context)
                result = xmlSchemaValidateDoc(context, parsed.document)
            }
            return result == 0 ? [] : issues(collector, fallback: "does not match schema \(schema.rawValue)")
        }
    }

    private static let outOfMemory = ValidationIssue(line: 0, message: "libxml2 could not create a validation context")

    /// The collected errors as issues; never empty.
    private static func issues(_ collector: LibXMLErrorCollector, fallback: String) -> [ValidationIssue] {
        let found = collector.errors.map { ValidationIssue(line: $0.line, message: $0.message) }
        return found.isEmpty ? [ValidationIssue(line: 0, message: fallback)] : found
    }
}
