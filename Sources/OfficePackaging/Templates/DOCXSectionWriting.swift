extension DOCXTemplate {
    /// Writes the template's section properties (remapped as in `sectionProperties(remapping:)`) as the
    /// next element of `writer`, with the prefixes `w:` and `r:`, which the writer's root must declare.
    /// Writes nothing when the template has no section properties.
    ///
    /// `references` are extra default header/footer references (kind, the writer's relationship id) put first
    /// in the section, e.g. the writer's own footer when the template has none. Where the template's `w:pgMar`
    /// puts an added kind at the page edge (distance 0, as LibreOffice saves a page without a footer), it gets
    /// the other kind's distance, so the added footer sits as far from the edge as the template's header.
    public func writeSectionProperties(
        to writer: XMLWriter, remapping: [String: String],
        adding references: [(kind: TemplatePart.Kind, relationshipID: String)] = []
    ) throws {
        guard let section = sectionProperties(remapping: remapping) else { return }
        let events = try DOCXTemplatePackage.read(section, part: "w:sectPr") { Self.events($0) }
        var pending = references
        for event in events {
            switch event {
            case .start(let name, var attributes):
                if name == "w:pgMar" { attributes = Self.movingOffEdge(attributes, references.map(\.kind)) }
                try writer.startElement(name)
                for (attribute, value) in attributes { try writer.attribute(attribute, value) }
                for reference in pending {
                    try writer.element("w:\(reference.kind.rawValue)Reference",
                                       attributes: [("w:type", "default"), ("r:id", reference.relationshipID)])
                }
                pending = []
            case .text(let text): try writer.text(text)
            case .end: try writer.endElement()
            }
        }
    }

    /// `w:pgMar` attributes with the distance of each of `kinds` that is 0 or missing set to the other kind's.
    private static func movingOffEdge(_ attributes: [(String, String)], _ kinds: [TemplatePart.Kind]) -> [(String, String)] {
        var result = attributes
        for kind in kinds {
            let (own, other) = switch kind {
            case .header: ("w:header", "w:footer")
            case .footer: ("w:footer", "w:header")
            }
            guard let distance = attributes.first(where: { $0.0 == other })?.1, (Int(distance) ?? 0) > 0,
                  (Int(attributes.first(where: { $0.0 == own })?.1 ?? "0") ?? 0) <= 0
            else { continue }
            result.removeAll { $0.0 == own }
            result.append((own, distance))
        }
        return result
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
