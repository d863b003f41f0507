/// META-INF/manifest.xml, rebuilt from the parts actually packaged.
enum ODTManifest {
    static let path = "META-INF/manifest.xml"

    static func part(mediaType: String, parts: [String]) throws -> [UInt8] {
        let root = ODTNode.el(
            "manifest:manifest", ODTXML.namespaces(["manifest"]) + [("manifest:version", "1.3")],
            [entry("/", mediaType, version: true)] + parts.map { entry($0, "text/xml") })
        return try ODTXML.document(root)
    }

    private static func entry(_ path: String, _ mediaType: String, version: Bool = false) -> ODTNode {
        var attributes = [("manifest:full-path", path)]
        if version { attributes.append(("manifest:version", "1.3")) }
        attributes.append(("manifest:media-type", mediaType))
        return .el("manifest:file-entry", attributes)
    }
}
