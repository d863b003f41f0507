extension DOCXTemplatePackage {
    /// The parts `references` point at, renamed to `word/template-…` with their media in
    /// `word/media/template-…`, Markup Compatibility resolved, relationships retargeted.
    func headerFooterParts(_ references: [DOCXTemplateSection.Reference]) throws -> [TemplatePart] {
        var names = TemplateNames()
        return try references.map { reference in
            guard let relationship = documentRelationships.first(where: { $0.id == reference.relationshipID }),
                  let source = relationship.resolvedTarget
            else { throw TemplateError.missingPart("the relationship \(reference.relationshipID) of \(documentPath)") }
            let path = names.claim(source, folder: "word")
            let bytes = try Self.edit(archive.data(source), part: source) { ForeignMarkup.resolveMarkupCompatibility($0) }
            let (relationships, media) = try retargetedRelationships(of: source, names: &names)
            let fallbackType = "application/vnd.openxmlformats-officedocument.wordprocessingml.\(reference.kind.rawValue)+xml"
            return TemplatePart(
                kind: reference.kind, path: path, bytes: bytes,
                contentType: contentTypes.contentType(of: source) ?? fallbackType,
                relationshipType: relationship.type, templateRelationshipID: reference.relationshipID,
                relationshipsPath: Self.relationshipsPath(of: path), relationships: relationships, media: media)
        }
    }

    /// The `.rels` of `part` with every internal target that exists copied to `word/media/template-…` and
    /// pointed at from `word/`; nil when the part has no relationships.
    private func retargetedRelationships(of part: String, names: inout TemplateNames) throws -> ([UInt8]?, [TemplateFile]) {
        let relsPath = Self.relationshipsPath(of: part)
        guard let rels = try archive.dataIfPresent(relsPath) else { return (nil, []) }
        let base = OPCRelationships.baseDirectory(ofRelsPath: relsPath)
        var media: [TemplateFile] = []
        var claimed = names
        let xml = try Self.edit(rels, part: relsPath) { root in
            for element in root.childElements where element.name == "Relationship" && element.namespaceURI == OPCRelationships.namespace {
                guard element.attribute("TargetMode") != "External",
                      let target = element.attribute("Target"),
                      let source = OPCRelationships.resolve(target, against: base), archive.contains(source)
                else { continue }
                let isNew = !claimed.has(source)
                let path = claimed.claim(source, folder: "word/media")
                element.setUnqualifiedAttribute("Target", value: String(path.dropFirst("word/".count)))
                if isNew {
                    let type = contentTypes.contentType(of: source) ?? TemplateArchive.mediaType(byExtension: source)
                    media.append(TemplateFile(path: path, bytes: try archive.data(source), mediaType: type))
                }
            }
        }
        names = claimed
        return (xml, media)
    }
}

/// Output names for template files: `<folder>/template-<file name>`, unique, one per source entry.
struct TemplateNames {
    private var bySource: [String: String] = [:]
    private var used: Set<String> = []

    /// Whether `source` already has a name.
    func has(_ source: String) -> Bool { bySource[source] != nil }

    /// The name for `source` in `folder`, the same on every call.
    mutating func claim(_ source: String, folder: String) -> String {
        if let name = bySource[source] { return name }
        let file = source.split(separator: "/").last.map(String.init) ?? source
        var name = "\(folder)/template-\(file)"
        var counter = 2
        while used.contains(name) {
            name = "\(folder)/template\(counter)-\(file)"
            counter += 1
        }
        used.insert(name)
        bySource[source] = name
        return name
    }
}
