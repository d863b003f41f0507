/// META-INF/manifest.xml, rebuilt from the files actually packaged.
enum ODTManifest {
    static let path = "META-INF/manifest.xml"

    /// The manifest of a package of `files` (zip entry name → media type), in order after the root entry.
    static func part(mediaType: String, files: [(path: String, mediaType: String)]) throws -> [UInt8] {
        let root = ODTNode.el(
            "manifest:manifest", ODTXML.namespaces(["manifest"]) + [("manifest:version", "1.3")],
            [entry("/", mediaType, version: true)] + files.map { entry($0.path, $0.mediaType) })
        return try ODTXML.document(root)
    }

    private static func entry(_ path: String, _ mediaType: String, version: Bool = false) -> ODTNode {
        var attributes = [("manifest:full-path", path)]
        if version { attributes.append(("manifest:version", "1.3")) }
        attributes.append(("manifest:media-type", mediaType))
        return .el("manifest:file-entry", attributes)
    }
}
