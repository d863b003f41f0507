extension DOCXTemplate {
    /// Writes the template's section properties (remapped as in `sectionProperties(remapping:)`) as the
    /// next element of `writer`, with the prefixes `w:` and `r:`, which the writer's root must declare.
    /// Writes nothing when the template has no section properties.
    public func writeSectionProperties(to writer: XMLWriter, remapping: [String: String]) throws {
        guard let section = sectionProperties(remapping: remapping) else { return }
        let events = try DOCXTemplatePackage.read(section, part: "w:sectPr") { Self.events($0) }
        for event in events {
            switch event {
            case .start(let name, let attributes):
                try writer.startElement(name)
                for (attribute, value) in attributes { try writer.attribute(attribute, value) }
            case .text(let text): try writer.text(text)
            case .end: try writer.endElement()
            }
        }
    }

    private enum Event {
        case start(String, [(String, String)])
        case text(String)
        case end
    }

    /// `node`'s elements, attributes and text in document order (namespace declarations left out).
    private static func events(_ node: XMLNodeRef) -> [Event] {
        let attributes = node.attributes.map { (prefixed($0.name, $0.namespaceURI), $0.value) }
        var result: [Event] = [.start(prefixed(node.qualifiedName, node.namespaceURI), attributes)]
        for child in node.children {
            if child.isElement {
                result += events(child)
            } else if !child.content.isEmpty, child.name == "text" {
                result.append(.text(child.content))
            }
        }
        return result + [.end]
    }

    /// `name` with the prefix `w:` or `r:` when its namespace is WordprocessingML or relationships.
    private static func prefixed(_ name: String, _ namespaceURI: String?) -> String {
        let local = name.split(separator: ":").last.map(String.init) ?? name
        switch namespaceURI {
        case TemplateNamespace.wordMain: return "w:" + local
        case TemplateNamespace.officeRelationships: return "r:" + local
        default: return name
        }
    }
}
