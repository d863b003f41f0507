import MinutesModel

/// Compares parsed minutes with an answer key, fact by fact; spurious items, attendees and signers are wrong facts.
struct Scorer {
    let key: AnswerKey
    let minutes: Minutes
    private(set) var facts: [Fact] = []

    init(key: AnswerKey, minutes: Minutes) {
        self.key = key
        self.minutes = minutes
    }

    mutating func score() -> FileScore {
        scoreMeta()
        scoreItems()
        scoreAttendance()
        scoreSignatures()
        return FileScore(file: key.file, facts: facts)
    }

    /// Records a fact when either side has a value: two absent values are no fact.
    private mutating func compare(_ factClass: FactClass, _ name: String, expected: String?, actual: String?, as normalize: (String?) -> String? = FactText.normalized) {
        let e = normalize(expected), a = normalize(actual)
        guard e != nil || a != nil else { return }
        facts.append(Fact(factClass: factClass, name: name, expected: expected, actual: actual, isRight: e == a))
    }

    private mutating func scoreMeta() {
        let meta = minutes.meta
        compare(.meta, "organ", expected: key.meta.organ, actual: meta.organ)
        compare(.meta, "date", expected: key.meta.date, actual: meta.start?.date.iso)
        compare(.meta, "start", expected: key.meta.start, actual: meta.start?.time?.iso)
        compare(.meta, "end", expected: key.meta.end, actual: meta.end?.time?.iso)
        compare(.meta, "place", expected: key.meta.place, actual: meta.place)
    }

    // MARK: Items

    private mutating func scoreItems() {
        var used = Set<Int>()
        for expected in key.items {
            let label = expected.number ?? expected.title ?? "?"
            let match = matchItem(expected, excluding: used)
            if let match { used.insert(match) }
            let item = match.map { minutes.items[$0] }
            facts.append(Fact(factClass: .item, name: "\(label) number", expected: expected.number, actual: item?.numberLabel,
                              isRight: item.map { FactText.itemNumber($0.numberLabel) == FactText.itemNumber(expected.number) } ?? false))
            compare(.item, "\(label) title", expected: expected.title, actual: item?.title.plainText)
            compare(.item, "\(label) dnr", expected: expected.dnr, actual: item?.dnr)
            // "Årsmötet beslutade att fastställa dagordningen": the parser keeps "Årsmötet beslutade" as the label; a key
            // may hold the whole sentence. Either reading of the same decision is right.
            let decisionNormal: (String?) -> String? = { $0.flatMap { FactText.decision($0.split(separator: "\n").map(String.init)) } }
            let plain = item.flatMap { Self.decisionText($0) }
            let labelled = item.flatMap { Self.decisionText($0, withVerbLabels: true) }
            let actual = decisionNormal(labelled) == decisionNormal(expected.decision) ? labelled : plain
            compare(.decision, "\(label) decision", expected: expected.decision, actual: actual, as: decisionNormal)
        }
        for (index, item) in minutes.items.enumerated() where !used.contains(index) {
            let label = item.numberLabel.isEmpty ? item.title.plainText : item.numberLabel
            facts.append(Fact(factClass: .item, name: "spurious item \(label)", expected: nil, actual: item.title.plainText, isRight: false))
            if let decision = Self.decisionText(item) {
                facts.append(Fact(factClass: .decision, name: "spurious item \(label) decision", expected: nil, actual: decision, isRight: false))
            }
        }
    }

    /// The parsed item for a key item: the same number, else (for unnumbered items) the same title.
    private func matchItem(_ expected: AnswerKey.Item, excluding used: Set<Int>) -> Int? {
        let candidates = minutes.items.indices.filter { !used.contains($0) }
        if let number = FactText.itemNumber(expected.number) {
            if let i = candidates.first(where: { FactText.itemNumber(minutes.items[$0].numberLabel) == number }) { return i }
        }
        let title = FactText.normalized(expected.title)
        return candidates.first { FactText.normalized(minutes.items[$0].title.plainText) == title && title != nil }
    }

    /// Every decision of an item, one paragraph per clause or attached block, "\n" between them.
    static func decisionText(_ item: AgendaItem, withVerbLabels: Bool = false) -> String? {
        var paragraphs: [String] = []
        collectDecisions(item.blocks, withVerbLabels: withVerbLabels, into: &paragraphs)
        return paragraphs.isEmpty ? nil : paragraphs.joined(separator: "\n")
    }

    static let decisionVerbs: Set<String> = ["beslutade", "beslutar", "beslöt", "beslöts", "beslutades"]

    private static func collectDecisions(_ blocks: [Block], withVerbLabels: Bool = false, into paragraphs: inout [String]) {
        for block in blocks {
            switch block {
            case .decision(let decision):
                let verbLabel = withVerbLabels && decisionVerbs.contains(decision.label.split(separator: " ").last.map { $0.lowercased() } ?? "")
                for (index, clause) in decision.clauses.enumerated() {
                    let lead = verbLabel && index == 0 ? decision.label + (clause.isAttClause ? " att " : " ") : ""
                    paragraphs.append(lead + clause.text.plainText)
                    for attachment in clause.attachments { paragraphs.append(plainText(attachment)) }
                }
            case .quote(let inner): collectDecisions(inner, withVerbLabels: withVerbLabels, into: &paragraphs)
            case .section(let section): collectDecisions(section.blocks, withVerbLabels: withVerbLabels, into: &paragraphs)
            case .list(let list): for entry in list.items { collectDecisions(entry, withVerbLabels: withVerbLabels, into: &paragraphs) }
            case .paragraph, .heading, .table, .code, .separator: break
            }
        }
    }

    static func plainText(_ block: Block) -> String {
        switch block {
        case .paragraph(let inlines), .heading(_, let inlines): return inlines.plainText
        case .list(let list): return list.items.map { $0.map(plainText).joined(separator: "\n") }.joined(separator: "\n")
        case .decision(let d): return d.clauses.map { $0.text.plainText }.joined(separator: "\n")
        case .quote(let inner): return inner.map(plainText).joined(separator: "\n")
        case .section(let section): return ([section.title.plainText] + section.blocks.map(plainText)).joined(separator: "\n")
        case .table(let t): return t.rows.map { $0.map(\.plainText).joined(separator: " ") }.joined(separator: "\n")
        case .code(let s): return s
        case .separator: return ""
        }
    }

    // MARK: Attendance

    private mutating func scoreAttendance() {
        let groups: [(String, AttendanceKind, [AnswerKey.Person])] = [
            ("present", .present, key.attendance.present),
            ("substitute", .substitute, key.attendance.substitutes_not_serving ?? []),
            ("other", .other, key.attendance.others ?? []),
            ("absent", .absent, key.attendance.absent ?? []),
        ]
        let parsed = minutes.attendance.flatMap { group in group.attendees.map { (group.kind, $0) } }
        var used = Set<Int>()
        for (groupName, kind, people) in groups {
            for person in people {
                let match = matchPerson(person.name, kind: kind, in: parsed, excluding: used)
                if let match { used.insert(match) }
                let found = match.map { parsed[$0] }
                let label = "\(groupName) \(person.name)"
                facts.append(Fact(factClass: .attendee, name: label, expected: groupName, actual: found.map { $0.0.rawValue },
                                  isRight: found?.0 == kind))
                let attendee = found?.1
                compare(.attendee, "\(label) party", expected: person.party, actual: attendee?.party)
                compare(.attendee, "\(label) role", expected: person.role, actual: attendee.flatMap { $0.roles.isEmpty ? nil : $0.roles.joined(separator: ", ") })
                compare(.attendee, "\(label) replaces", expected: person.replaces, actual: attendee?.replaces)
            }
        }
        for (index, (kind, attendee)) in parsed.enumerated() where !used.contains(index) {
            facts.append(Fact(factClass: .attendee, name: "spurious \(kind.rawValue) \(attendee.name)", expected: nil, actual: attendee.name, isRight: false))
        }
    }

    private func matchPerson(_ name: String, kind: AttendanceKind, in parsed: [(AttendanceKind, Attendee)], excluding used: Set<Int>) -> Int? {
        let wanted = Self.personKey(name)
        let candidates = parsed.indices.filter { !used.contains($0) && Self.personKey(parsed[$0].1.name) == wanted }
        return candidates.first { parsed[$0].0 == kind } ?? candidates.first
    }

    /// A name without a nickname in parentheses, normalised.
    static func personKey(_ name: String) -> String {
        var text = name
        if let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
            text.removeSubrange(open...close)
        }
        return FactText.normalized(text) ?? ""
    }

    // MARK: Signatures

    private mutating func scoreSignatures() {
        var used = Set<Int>()
        for expected in key.signatures {
            let role = FactText.signatureRole(expected.role)
            let candidates = minutes.signatures.indices.filter { !used.contains($0) }
            let match: Int?
            if let name = expected.name {
                let wanted = Self.personKey(name)
                let named = candidates.filter { minutes.signatures[$0].name.map(Self.personKey) == wanted }
                match = named.first { FactText.signatureRole(minutes.signatures[$0].role) == role } ?? named.first
            } else {
                match = candidates.first { minutes.signatures[$0].name == nil && FactText.signatureRole(minutes.signatures[$0].role) == role }
            }
            if let match { used.insert(match) }
            let found = match.map { minutes.signatures[$0] }
            let expectedText = "\(role): \(expected.name ?? "—")"
            let actualText = found.map { "\(FactText.signatureRole($0.role)): \($0.name ?? "—")" }
            facts.append(Fact(factClass: .signature, name: "signature \(expectedText)", expected: expectedText, actual: actualText,
                              isRight: found.map { FactText.signatureRole($0.role) == role } ?? false))
        }
        for (index, signature) in minutes.signatures.enumerated() where !used.contains(index) {
            facts.append(Fact(factClass: .signature, name: "spurious signature \(signature.role)", expected: nil,
                              actual: "\(signature.role): \(signature.name ?? "—")", isRight: false))
        }
    }
}
