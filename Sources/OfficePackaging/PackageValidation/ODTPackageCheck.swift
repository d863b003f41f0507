/// ODF 1.3 Part 2 package rules for a text document, plus schema validation of its XML parts.
enum ODTPackageCheck {
    static let mediaType = "application/vnd.oasis.opendocument.text"
    static let manifestPath = "META-INF/manifest.xml"
    static let manifestNamespace = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
    static let documentParts = ["content.xml", "styles.xml", "meta.xml", "settings.xml"]

    static func run(_ inspection: inout PackageInspection) {
        checkMimetype(&inspection)
        checkManifest(&inspection)
        if !inspection.contains("content.xml") {
            inspection.report("content.xml", "missing; a text document needs content.xml")
        }
        for part in documentParts where inspection.contains(part) {
            inspection.validate(part, against: .odfDocument)
        }
    }

    private static func checkMimetype(_ inspection: inout PackageInspection) {
        guard let entry = inspection.reader.entry("mimetype") else {
            inspection.report("mimetype", "missing; an ODF package starts with a stored 'mimetype' entry")
            return
        }
        if inspection.reader.entries.first?.name != "mimetype" {
            inspection.report("mimetype", "must be the first entry in the package")
        }
        if entry.method != .stored {
            inspection.report("mimetype", "must be stored uncompressed, not deflated")
        }
        if entry.localExtraLength != 0 {
            inspection.report("mimetype", "must have no extra field (its local header has \(entry.localExtraLength) bytes)")
        }
        if let data = inspection.data("mimetype"), data != Array(mediaType.utf8) {
            inspection.report("mimetype", "must be exactly '\(mediaType)', found '\(String(decoding: data, as: UTF8.self))'")
        }
    }

    private static func checkManifest(_ inspection: inout PackageInspection) {
        guard inspection.contains(manifestPath) else {
            inspection.report(manifestPath, "missing; every ODF package needs a manifest")
            return
        }
        guard let bytes = inspection.validate(manifestPath, against: .odfManifest),
              let entries = ParsedXML.withRoot(of: bytes, manifestEntries) else { return }

        var listed: Set<String> = []
        for (path, mediaType, line) in entries {
            if !listed.insert(path).inserted {
                inspection.report(manifestPath, line: line, "lists '\(path)' more than once")
            }
            switch path {
            case "/":
                if mediaType != Self.mediaType {
                    inspection.report(manifestPath, line: line, "media type of '/' is '\(mediaType)', expected '\(Self.mediaType)'")
                }
            case "mimetype", manifestPath:
                inspection.report(manifestPath, line: line, "must not list '\(path)'")
            case _ where path.hasSuffix("/"):
                if !inspection.reader.entries.contains(where: { $0.name.hasPrefix(path) }) {
                    inspection.report(manifestPath, line: line, "lists directory '\(path)', which holds no file in the package")
                }
            case _ where !inspection.contains(path):
                inspection.report(manifestPath, line: line, "lists '\(path)', which is not in the package")
            default:
                break
            }
        }
        if !listed.contains("/") {
            inspection.report(manifestPath, "has no file-entry for '/' (the document itself)")
        }
        checkEveryFileListed(&inspection, listed: listed)
    }

    private static func checkEveryFileListed(_ inspection: inout PackageInspection, listed: Set<String>) {
        // Folder entries ("Configurations2/toolbar/", as LibreOffice writes them) are no files to list.
        for entry in inspection.reader.entries where entry.name != "mimetype" && !entry.name.hasSuffix("/") {
            if entry.name.hasPrefix("META-INF/") {
                if entry.name != manifestPath, !entry.name.contains("signatures") {
                    inspection.report(entry.name, "not allowed in META-INF (only manifest.xml and *signatures* files are)")
                }
            } else if !listed.contains(entry.name) {
                inspection.report(entry.name, "not listed in \(manifestPath)")
            }
        }
    }

    /// (full-path, media-type, line) of every manifest:file-entry.
    private static func manifestEntries(_ root: XMLNodeRef) -> [(String, String, Int)] {
        root.childElements.compactMap { node in
            guard node.namespaceURI == manifestNamespace, node.name == "file-entry",
                  let path = node.attribute("full-path", namespaceURI: manifestNamespace) else { return nil }
            return (path, node.attribute("media-type", namespaceURI: manifestNamespace) ?? "", node.line)
        }
    }
}
