/// metadata/descriptive/erms.xml (CITS ERMS 2.1): the meeting as one record — its diarienummer as the object id,
/// title, dates, the organ as creator, each item's Dnr as a reference, each decision as an action with its text.
enum ERMSDocument {
    static func xml(_ minutes: Minutes, facts: PackageFacts) throws -> [UInt8] {
        let registration = Registration(minutes.meta)
        let meetingDate = minutes.meta.start.map { $0.date.iso + "T" + ($0.time.map { $0.iso + ":00" } ?? "00:00:00") } ?? facts.created
        var record: [ArchiveXML] = [
            .el("objectId", text: registration[.diaryNumber] ?? facts.id),
            .el("title", text: facts.label),
        ]
        var seen = Set<String>()
        for dnr in minutes.items.compactMap(\.dnr) where seen.insert(dnr).inserted {
            record.append(.el("relation", [("relationType", "reference")], text: dnr))
        }
        record.append(.el("agents", [.el("agent", [("agentType", "creator")], [.el("name", text: facts.organ)])]))
        record.append(.el("dates", [
            .el("date", [("dateType", "created")], text: meetingDate),
            .el("date", [("dateType", "other"), ("otherDateType", "sammanträdesdatum")], text: meetingDate),
        ]))
        for item in minutes.items {
            for decision in item.decisions where !decision.clauses.isEmpty {
                record.append(.el("action", [
                    .el("actionText", text: decision.sentences.joined(separator: " ")),
                    .el("actionType", text: "Beslut " + ItemLabel.of(item)),
                    .el("dates", [.el("actionDate", [("dateType", "decision")], text: meetingDate)]),
                    .el("agents", [.el("agent", [("agentType", "authorising_person")], [.el("name", text: facts.organ)])]),
                ]))
            }
        }
        if !minutes.items.isEmpty {
            let paragraphs = minutes.items.map { item -> ArchiveXML in
                var attributes = [ArchiveXML.el("attribute", [("name", "rubrik")], [.el("value", text: item.title.plainText)])]
                if let dnr = item.dnr { attributes.insert(.el("attribute", [("name", "diarienummer")], [.el("value", text: dnr)]), at: 0) }
                return .el("ownElement", [("name", "paragraf")], [.el("value", text: ItemLabel.of(item)), .el("property", attributes)])
            }
            record.append(.el("additionalInformation", [
                .el("ownElement", [.el("ownElementDescription", text: "Protokollets paragrafer: nummer, diarienummer och rubrik")] + paragraphs),
            ]))
        }
        let root = ArchiveXML.el("erms", [
            ("xmlns", "https://DILCIS.eu/XML/ERMS"), ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", "https://DILCIS.eu/XML/ERMS ../../schemas/ERMS.xsd"),
        ], [
            .el("control", [
                .el("identification", [("identificationType", "SIP")], text: facts.id),
                .el("maintenanceInformation", [
                    .el("maintenanceStatus", [("value", "new")]),
                    .el("maintenanceAgency", [.el("agencyName", text: facts.organ)]),
                    .el("maintenanceHistory", [.el("maintenanceEvent", [
                        .el("eventType", [("value", "created")]),
                        .el("eventDateTime", text: facts.created),
                        .el("agent", [("agentType", "other"), ("otherAgentType", "software")], [.el("name", text: "Protokoll " + ProtokollVersion.current)]),
                    ])]),
                ]),
            ]),
            .el("records", [.el("record", [("systemIdentifier", facts.id), ("recordType", "protokoll")], record)]),
        ])
        return try root.document()
    }
}

/// "§ 163" or "punkt 3": how an item is named in the package.
enum ItemLabel {
    static func of(_ item: AgendaItem) -> String {
        guard item.number != nil else { return "(onumrerad) " + item.title.plainText }
        return (item.usesParagraphSign ? "§ " : "punkt ") + item.numberLabel
    }
}
