/// The `Default` and `Override` rules of an OPC `[Content_Types].xml`.
struct OPCContentTypes {
    static let path = "[Content_Types].xml"
    static let namespace = "http://schemas.openxmlformats.org/package/2006/content-types"

    /// Lowercased extension → content type.
    private(set) var defaults: [String: String] = [:]
    /// Lowercased part name without the leading `/` → (content type, line).
    private(set) var overrides: [String: (contentType: String, line: Int)] = [:]

    /// The rules under `root` (a `Types` element).
    init(root: XMLNodeRef) {
        for node in root.childElements where node.namespaceURI == Self.namespace {
            guard let contentType = node.attribute("ContentType") else { continue }
            if node.name == "Default", let ext = node.attribute("Extension") {
                defaults[ext.lowercased()] = contentType
            } else if node.name == "Override", let partName = node.attribute("PartName") {
                overrides[Self.key(partName)] = (contentType, node.line)
            }
        }
    }

    /// The content type of zip entry `name` (OPC part names compare case-insensitively).
    func contentType(of name: String) -> String? {
        if let override = overrides[Self.key(name)] { return override.contentType }
        guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/") else { return nil }
        return defaults[name[name.index(after: dot)...].lowercased()]
    }

    private static func key(_ partName: String) -> String {
        String(partName.drop { $0 == "/" }).lowercased()
    }
}
