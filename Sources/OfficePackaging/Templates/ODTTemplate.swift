/// A user's ODT template (`--reference-doc mall.odt`): its styles, page layout, master page and pictures.
///
/// The writer replaces its bundled `styles.xml` with `styles(merging:required:)`, adds `pictures` to the
/// package and the manifest, and points its paragraphs at `masterPageName`.
public struct ODTTemplate: Sendable {
    /// The media types (the `mimetype` entry) accepted: an ODF text document or text template (.ott).
    public static let acceptedMediaTypes: Set<String> = [
        "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template",
    ]

    /// The template's styles.xml as stored.
    let stylesXML: [UInt8]
    /// Every picture the template's styles.xml references (header logos, backgrounds), to add to the package.
    public let pictures: [TemplateFile]
    /// The `style:name` of the template's first master page ("Standard" when it has none).
    public let masterPageName: String

    /// Reads `bytes` as an ODT; throws `TemplateError` when it is not an ODF text document or lacks styles.xml.
    public init(_ bytes: [UInt8]) throws {
        let archive = try TemplateArchive(bytes)
        guard let mimetype = try archive.dataIfPresent("mimetype") else {
            throw TemplateError.notAnODTTextDocument("no mimetype entry")
        }
        let mediaType = String(decoding: mimetype, as: UTF8.self).trimmingWhitespace
        guard Self.acceptedMediaTypes.contains(mediaType) else {
            throw TemplateError.notAnODTTextDocument("mimetype is \(mediaType.isEmpty ? "empty" : mediaType)")
        }
        let styles = try archive.data("styles.xml")
        let manifest = try archive.dataIfPresent("META-INF/manifest.xml")
        let (masterPage, references) = try LibXML.collectingErrors { collector in
            let parsed = try ParsedXML.parseTemplatePart(styles, part: "styles.xml", collector)
            return try withExtendedLifetime(parsed) {
                guard let root = parsed.root, root.name == "document-styles", root.namespaceURI == TemplateNamespace.office else {
                    throw TemplateError.notAnODTTextDocument("styles.xml is not office:document-styles")
                }
                return (Self.firstMasterPage(root), Self.pictureReferences(root))
            }
        }
        let manifestTypes = try manifest.map { try Self.manifestMediaTypes($0) } ?? [:]
        stylesXML = styles
        masterPageName = masterPage ?? "Standard"
        pictures = try references.compactMap { reference in
            guard let data = try archive.dataIfPresent(reference.path) else { return nil }
            let type = manifestTypes[reference.path] ?? reference.mimeType ?? TemplateArchive.mediaType(byExtension: reference.path)
            return TemplateFile(path: reference.path, bytes: data, mediaType: type)
        }
    }

    /// The name of the first `style:master-page` in `office:master-styles`.
    private static func firstMasterPage(_ root: XMLNodeRef) -> String? {
        root.firstChild("master-styles", namespaceURI: TemplateNamespace.office)?
            .firstChild("master-page", namespaceURI: TemplateNamespace.style)?
            .attribute("name", namespaceURI: TemplateNamespace.style)
    }

    /// The package-internal `xlink:href` targets under `root`, in document order, each once.
    private static func pictureReferences(_ root: XMLNodeRef) -> [(path: String, mimeType: String?)] {
        var seen: Set<String> = []
        var result: [(String, String?)] = []
        for element in root.descendantsAndSelf {
            guard let href = element.attribute("href", namespaceURI: TemplateNamespace.xlink),
                  !href.hasPrefix("#"), !href.contains(":"),
                  let path = OPCRelationships.resolve(href, against: []), !path.isEmpty,
                  seen.insert(path).inserted
            else { continue }
            result.append((path, element.attribute("mime-type", namespaceURI: TemplateNamespace.drawing)))
        }
        return result
    }

    /// `manifest:full-path` → `manifest:media-type` from META-INF/manifest.xml.
    private static func manifestMediaTypes(_ manifest: [UInt8]) throws -> [String: String] {
        try LibXML.collectingErrors { collector in
            let parsed = try ParsedXML.parseTemplatePart(manifest, part: "META-INF/manifest.xml", collector)
            return withExtendedLifetime(parsed) {
                var types: [String: String] = [:]
                for entry in parsed.root?.children("file-entry", namespaceURI: TemplateNamespace.manifest) ?? [] {
                    if let path = entry.attribute("full-path", namespaceURI: TemplateNamespace.manifest),
                       let type = entry.attribute("media-type", namespaceURI: TemplateNamespace.manifest) {
                        types[path] = type
                    }
                }
                return types
            }
        }
    }
}

private extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
