import Foundation
internal import CLibXML2

/// A compiled schema: libxml2's RELAX NG or XSD structure.
enum CompiledSchema {
    case relaxNG(OpaquePointer)
    case xmlSchema(xmlSchemaPtr)
}

/// Compiles each bundled schema once per process (the ODF grammar takes a noticeable fraction of a
/// second) and hands out the compiled form.
///
/// `@unchecked Sendable` is safe here: `compiled` is read and written only while holding `lock`, the
/// compiled schemas are never freed or mutated after parsing, and every validation creates its own
/// libxml2 validation context, which is the unit libxml2 requires to be confined to one thread.
final class SchemaCache: @unchecked Sendable {
    static let shared = SchemaCache()

    private let lock = NSLock()
    private var compiled: [BundledSchema: CompiledSchema] = [:]

    /// The compiled `schema`, parsing it on first use.
    func schema(_ schema: BundledSchema) throws -> CompiledSchema {
        lock.lock()
        defer { lock.unlock() }
        if let cached = compiled[schema] { return cached }
        let parsed = try Self.compile(schema)
        compiled[schema] = parsed
        return parsed
    }

    private static func compile(_ schema: BundledSchema) throws -> CompiledSchema {
        guard let folder = Bundle.module.url(forResource: "schemas", withExtension: nil) else {
            throw XMLError.schemaUnavailable(schema: schema.rawValue, detail: "resource folder 'schemas' is missing")
        }
        let path = folder.appendingPathComponent(schema.relativePath).path
        guard FileManager.default.fileExists(atPath: path) else {
            throw XMLError.schemaUnavailable(schema: schema.rawValue, detail: "\(path) is missing")
        }
        return try LibXML.collectingErrors { collector in
            let result: CompiledSchema?
            switch schema.language {
            case .relaxNG: result = parseRelaxNG(path, collector).map(CompiledSchema.relaxNG)
            case .xmlSchema: result = parseXMLSchema(path, collector).map(CompiledSchema.xmlSchema)
            }
            guard let result else {
                let detail = collector.errors.prefix(3).map { "line \($0.line): \($0.message)" }.joined(separator: "; ")
                throw XMLError.schemaUnavailable(schema: schema.rawValue, detail: detail.isEmpty ? "libxml2 could not compile it" : detail)
            }
            return result
        }
    }

    private static func parseRelaxNG(_ path: String, _ collector: LibXMLErrorCollector) -> OpaquePointer? {
        guard let context = xmlRelaxNGNewParserCtxt(path) else { return nil }
        defer { xmlRelaxNGFreeParserCtxt(context) }
        xmlRelaxNGSetParserStructuredErrors(context, LibXMLErrorCollector.handler, collector.context)
        return xmlRelaxNGParse(context)
    }

    private static func parseXMLSchema(_ path: String, _ collector: LibXMLErrorCollector) -> xmlSchemaPtr? {
        guard let context = xmlSchemaNewParserCtxt(path) else { return nil }
        defer { xmlSchemaFreeParserCtxt(context) }
        xmlSchemaSetParserStructuredErrors(context, LibXMLErrorCollector.handler, collector.context)
        return xmlSchemaParse(context)
    }
}
