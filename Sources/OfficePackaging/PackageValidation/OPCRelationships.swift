import Foundation

/// The relationships of one OPC `.rels` part, with targets resolved against its source part.
struct OPCRelationships {
    static let namespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let officeDocumentType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"

    /// One internal or external relationship.
    struct Relationship {
        let id: String
        let type: String
        /// The zip entry the target names, or nil for external targets and targets that escape the package.
        let resolvedTarget: String?
        let target: String
        let isExternal: Bool
        let line: Int
    }

    let relationships: [Relationship]

    /// Whether `name` is a relationships part: `_rels/.rels` or `dir/_rels/part.rels`.
    static func isRelationshipsPart(_ name: String) -> Bool {
        let components = name.split(separator: "/", omittingEmptySubsequences: false)
        return components.count >= 2 && components[components.count - 2] == "_rels" && name.hasSuffix(".rels")
    }

    /// The relationships under `root`, read from the part at `relsPath`.
    init(root: XMLNodeRef, relsPath: String) {
        let base = Self.baseDirectory(ofRelsPath: relsPath)
        relationships = root.childElements.compactMap { node in
            guard node.namespaceURI == Self.namespace, node.name == "Relationship" else { return nil }
            let target = node.attribute("Target") ?? ""
            let isExternal = node.attribute("TargetMode") == "External"
            return Relationship(
                id: node.attribute("Id") ?? "", type: node.attribute("Type") ?? "",
                resolvedTarget: isExternal ? nil : Self.resolve(target, against: base),
                target: target, isExternal: isExternal, line: node.line)
        }
    }

    /// The folder relative targets start from: `word/_rels/document.xml.rels` → `word/`, `_rels/.rels` → ``.
    static func baseDirectory(ofRelsPath path: String) -> [Substring] {
        Array(path.split(separator: "/").dropLast(2))
    }

    /// `target` (percent-encoded, relative or `/`-absolute) as a zip entry name; nil when it leaves the root.
    static func resolve(_ target: String, against base: [Substring]) -> String? {
        let decoded = target.removingPercentEncoding ?? target
        let withoutFragment = decoded.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        var components = withoutFragment.hasPrefix("/") ? [] : base
        for component in withoutFragment.split(separator: "/") {
            switch component {
            case ".": continue
            case "..":
                guard components.popLast() != nil else { return nil }
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }
}
