import MinutesModel

/// `docProps/core.xml`, `app.xml` and `custom.xml`: the metadata a diarium reads. Dates are the document's
/// date, never the clock.
struct DOCXProperties {
    let meta: Metadata
    /// The document date: the meeting's, else the options' `now`.
    let date: LocalDate?
    let language: String

    static let coreContentType = "application/vnd.openxmlformats-package.core-properties+xml"
    static let appContentType = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
    static let customContentType = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
    /// The format id Office uses for user-defined properties.
    private static let userDefinedFormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"

    private var labels: MinutesLabels { MinutesLabels(kind: meta.kind) }

    /// The W3CDTF form of the document date, midnight UTC.
    private var timestamp: String? { date.map { $0.iso + "T00:00:00Z" } }

    func core() throws -> [UInt8] {
        try WordML.part { ml in
            try ml.element("cp:coreProperties", [
                ("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
                ("xmlns:dc", "http://purl.org/dc/elements/1.1/"), ("xmlns:dcterms", "http://purl.org/dc/terms/"),
                ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ]) {
                try ml.xml.element("dc:title", text: meta.title ?? labels.documentName)
                let subject = [meta.organ, date?.iso].compactMap { $0 }.joined(separator: " ")
                if !subject.isEmpty { try ml.xml.element("dc:subject", text: subject) }
                try ml.xml.element("dc:creator", text: "Protokoll")
                let keywords = [meta.kind.rawValue, meta.organ, meta[field: "diarienummer"]].compactMap { $0 }
                try ml.xml.element("cp:keywords", text: keywords.joined(separator: ", "))
                try ml.xml.element("dc:language", text: language)
                if let timestamp {
                    for name in ["dcterms:created", "dcterms:modified"] {
                        try ml.xml.element(name, attributes: [("xsi:type", "dcterms:W3CDTF")], text: timestamp)
                    }
                }
            }
        }
    }

    func app() throws -> [UInt8] {
        try WordML.part { ml in
            try ml.element("Properties", [("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")]) {
                try ml.xml.element("Application", text: "Protokoll")
            }
        }
    }

    /// Organ, Sammanträdesdatum and every front-matter field, each name once (the first wins).
    func custom() throws -> [UInt8] {
        var properties: [(name: String, type: String, value: String)] = []
        var seen: Set<String> = []
        func add(_ name: String, _ type: String, _ value: String) {
            guard !name.isEmpty, seen.insert(name.lowercased()).inserted else { return }
            properties.append((name, type, value))
        }
        if let organ = meta.organ { add("Organ", "vt:lpwstr", organ) }
        if let timestamp { add("Sammanträdesdatum", "vt:filetime", timestamp) }
        for field in meta.fields { add(MinutesLabels.fieldLabel(field.key), "vt:lpwstr", field.value) }
        return try WordML.part { ml in
            try ml.element("Properties", [
                ("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"),
                ("xmlns:vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"),
            ]) {
                for (index, property) in properties.enumerated() {
                    try ml.element("property", [
                        ("fmtid", DOCXProperties.userDefinedFormatId), ("pid", String(index + 2)), ("name", property.name),
                    ]) { try ml.xml.element(property.type, text: property.value) }
                }
            }
        }
    }
}
