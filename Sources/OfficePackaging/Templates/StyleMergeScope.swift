extension StyleMergeResult {
    /// Parses a template's styles part (`part`) and the bundled one in one libxml2 error scope, lets `merge`
    /// edit the template's tree (given both roots) and name what it copied and what it aliased, and serialises
    /// the result.
    static func merging(
        _ template: [UInt8], part: String, bundled: [UInt8],
        _ merge: (XMLNodeRef, XMLNodeRef) throws -> (added: [String], aliased: [String])
    ) throws -> StyleMergeResult {
        try LibXML.collectingErrors { collector in
            let parsed = try ParsedXML.parseTemplatePart(template, part: part, collector)
            let house = try ParsedXML.parseTemplatePart(bundled, part: "bundled \(part)", collector)
            return try withExtendedLifetime((parsed, house)) {
                guard let root = parsed.root, let houseRoot = house.root else {
                    throw TemplateError.malformedPart(part, "no root element")
                }
                let names = try merge(root, houseRoot)
                return StyleMergeResult(xml: parsed.serialized(), added: names.added, aliased: names.aliased)
            }
        }
    }
}
