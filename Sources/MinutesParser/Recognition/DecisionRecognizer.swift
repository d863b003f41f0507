import MinutesModel

/// Groups an item's blocks into decisions: a "Beslut" label followed by "Att ..." clauses and what belongs to them.
struct DecisionRecognizer {
    private var output: [Block] = []
    private var decision: Decision?
    /// Where the open decision's label stands.
    private var decisionLocation = SourceLocation(line: 1, column: 1)
    /// The last "Att: …" proposal (attsats) seen and where it stands in `output`, for "Beslut: Attsats bifalles".
    private var proposal: (text: [Inline], index: Int)?
    private let headingBase: Int
    /// A prose decision ending in a colon ("… antog mötet förslaget:") takes the one block after it, then closes.
    private var takesOneBlock = false
    var diagnostics: [Diagnostic] = []

    init(headingBase: Int) {
        self.headingBase = headingBase
    }

    /// The item's blocks with decisions recognised.
    static func blocks(of source: [SourceBlock], headingBase: Int, diagnostics: inout [Diagnostic]) -> [Block] {
        var recognizer = DecisionRecognizer(headingBase: headingBase)
        for block in source { recognizer.add(block) }
        recognizer.close()
        diagnostics += recognizer.diagnostics
        return recognizer.output
    }

    private mutating func add(_ block: SourceBlock) {
        let closesAfterThis = takesOneBlock
        takesOneBlock = false
        defer { if closesAfterThis { close() } }
        switch block.kind {
        case .heading(_, let inlines):
            close()
            let key = Vocabulary.key(inlines.plainText)
            if Vocabulary.isDecisionLabel(key) {
                decision = Decision(label: label(inlines.plainText), clauses: [])
                decisionLocation = block.location
            } else {
                output.append(BlockConverter.convert(block, headingBase: headingBase))
            }
        case .paragraph(let lines):
            addParagraph(lines, block: block)
        case .list(_, _, let items):
            guard var current = decision else { output.append(BlockConverter.convert(block, headingBase: headingBase)); return }
            decision = nil  // `current` holds the only reference: appending does not copy the decision
            let converted = items.map { BlockConverter.convert($0, headingBase: headingBase) }
            let itemTexts: [[Inline]?] = converted.map { blocks in
                if blocks.count == 1, case .paragraph(let inlines) = blocks[0] { return inlines }
                return nil
            }
            let allAtt = itemTexts.allSatisfy { $0.map(DecisionRecognizer.startsWithAtt) ?? false }
            if current.clauses.isEmpty || allAtt, itemTexts.allSatisfy({ $0 != nil }) {
                current.clauses += itemTexts.compactMap { $0 }.map(DecisionRecognizer.clause)
            } else if current.clauses.isEmpty {
                current.clauses.append(Clause(text: [], isAttClause: false, attachments: [BlockConverter.convert(block, headingBase: headingBase)]))
            } else {
                current.clauses[current.clauses.count - 1].attachments.append(BlockConverter.convert(block, headingBase: headingBase))
            }
            decision = current
        case .quote, .code, .html, .table, .thematicBreak:
            if var current = decision, !current.clauses.isEmpty {
                decision = nil
                current.clauses[current.clauses.count - 1].attachments.append(BlockConverter.convert(block, headingBase: headingBase))
                decision = current
            } else {
                close()
                output.append(BlockConverter.convert(block, headingBase: headingBase))
            }
        }
    }

    private mutating func addParagraph(_ lines: [[Inline]], block: SourceBlock) {
        // "Elis Axelsson valdes till mötesordförande": an election stated as one sentence is a decision without a label.
        // Each text is made once: a paragraph passes every test below before it is plain text.
        let inlines = lines.joinedAsParagraph
        let plain = inlines.plainText
        if decision == nil, DecisionRecognizer.isElection(plain) {
            output.append(.decision(Decision(label: "", clauses: [Clause(text: inlines, isAttClause: false)])))
            return
        }
        let firstLine = lines.first ?? []
        let firstPlain = firstLine.plainText
        let firstKey = Vocabulary.key(firstPlain)
        // "*Beslut*" or "Beslut" alone on the first line; further lines are the first clause.
        if Vocabulary.isDecisionLabel(firstKey) {
            if let open = decision, open.clauses.isEmpty {
                // "Beslut" followed by "Kommunstyrelsen beslutar": one label, the more specific one.
                decision = Decision(label: label(firstPlain), clauses: [])
                decisionLocation = block.location
            } else {
                close()
                decision = Decision(label: label(firstPlain), clauses: [])
                decisionLocation = block.location
            }
            let rest = Array(lines.dropFirst())
            if !rest.isEmpty { addClauseText(rest.joinedAsParagraph) }
            return
        }
        // "Beslut: att ..." on one line.
        if let (labelText, value) = firstLine.leadingLabel(), Vocabulary.isDecisionLabel(Vocabulary.key(labelText)), !value.isEmpty {
            close()
            decision = Decision(label: label(labelText), clauses: [])
            decisionLocation = block.location
            let text = ([value] + lines.dropFirst()).joinedAsParagraph
            if DecisionRecognizer.adoptsProposal(text), let adopted = proposal {
                // "Att: Styrelsen är beslutsför" then "Beslut: Attsats bifalles": the proposal is what was decided.
                output.remove(at: adopted.index)
                decision?.clauses.append(Clause(text: adopted.text, isAttClause: true))
                diagnostics.append(Diagnostic(.note, "adopted-proposal", "“\(text.plainText.trimmingSpaces)”: the att-sats above is the decision", at: block.location))
                proposal = nil
            } else {
                addClauseText(text)
            }
            return
        }
        // "Att: …": a proposal (attsats) that a following "Beslut: bifalles" may adopt.
        if decision == nil, let (labelText, value) = firstLine.leadingLabel(), Vocabulary.key(labelText) == "att", !value.isEmpty {
            proposal = (([value] + lines.dropFirst()).joinedAsParagraph, output.count)
            output.append(.paragraph(lines.joinedAsParagraph))
            return
        }
        // "Mötet beslutade att ..." / "Styrelsen beslutar att ...".
        if let verbEnd = DecisionRecognizer.decisionVerbPrefix(plain) {
            close()
            let labelText = String(plain.prefix(verbEnd)).trimmingSpaces
            decision = Decision(label: labelText, clauses: [])
            addClauseText(inlines.droppingLeadingCharacters(verbEnd))
            return
        }
        // "Mötet godkände dagordningen.", "… varpå dagordningen godkändes.": a decision in prose, without a label.
        if decision == nil, let offset = ProseDecision.start(in: lines.map(\.plainText).joined(separator: "\n")) {
            let before = inlines.keepingLeadingCharacters(offset)
            if !before.plainText.trimmingSpaces.isEmpty { output.append(.paragraph(before)) }
            let decided = Decision(label: "", clauses: [Clause(text: inlines.droppingLeadingCharacters(offset), isAttClause: false)])
            if plain.trimmingSpaces.hasSuffix(":") {
                decision = decided
                takesOneBlock = true
            } else {
                output.append(.decision(decided))
            }
            return
        }
        if decision != nil {
            addClauseText(inlines)
        } else {
            output.append(.paragraph(inlines))
        }
    }

    private mutating func addClauseText(_ inlines: [Inline]) {
        guard var current = decision else { return }
        decision = nil  // `current` holds the only reference: appending does not copy the decision (linear, not quadratic)
        if current.clauses.isEmpty || DecisionRecognizer.startsWithAtt(inlines) {
            current.clauses.append(DecisionRecognizer.clause(inlines))
        } else {
            current.clauses[current.clauses.count - 1].attachments.append(.paragraph(inlines))
        }
        decision = current
    }

    mutating func close() {
        guard let current = decision else { return }
        decision = nil
        if current.clauses.isEmpty {
            diagnostics.append(Diagnostic(.warning, "empty-decision",
                "“\(current.label)” has no decision text after it; kept as a paragraph", at: decisionLocation))
            output.append(.paragraph([.emphasis([.text(current.label)])]))
        } else {
            output.append(.decision(current))
        }
    }

    private func label(_ text: String) -> String {
        var label = text.trimmingSpaces
        while let last = label.last, last == ":" { label.removeLast() }
        return label
    }

    /// "Attsats bifalles", "Bifall", "Förslaget bifalls": the proposal before it was adopted as it stood.
    static func adoptsProposal(_ inlines: [Inline]) -> Bool {
        let key = Vocabulary.key(inlines.plainText)
        return ["attsats bifalles", "attsatsen bifalles", "attsatsen bifalls", "attsats bifalls", "bifalles", "bifalls", "bifall",
                "förslaget bifalles", "förslaget bifalls", "bifaller attsatsen", "yrkandet bifalles", "yrkandet bifalls"].contains(key)
    }

    static func startsWithAtt(_ inlines: [Inline]) -> Bool {
        let plain = inlines.plainText.trimmingSpaces
        return plain.count > 4 && plain.prefix(4).lowercased() == "att "
    }

    static func clause(_ inlines: [Inline]) -> Clause {
        let trimmed = inlines.trimmingLeadingSpaces
        if startsWithAtt(trimmed) {
            return Clause(text: trimmed.droppingLeadingCharacters(4), isAttClause: true)
        }
        return Clause(text: trimmed, isAttClause: false)
    }

    /// One sentence that elects: "X valdes till Y", "Mötet valde X till Y", "Till kassör valdes X".
    static func isElection(_ text: String) -> Bool {
        guard text.containsIgnoringASCIICase("vald") else { return false }
        let t = text.trimmingSpaces
        guard t.count <= 240, let first = t.first, first.isUppercase, !t.dropLast().contains(". ") else { return false }
        let words = t.split(separator: " ").map { $0.lowercased() }
        for (i, word) in words.enumerated() where word == "valdes" || word == "omvaldes" || word == "valde" || word == "omvalde" {
            guard i >= 1, i + 1 < words.count else { continue }
            if word.hasSuffix("valdes") { return true }
            // "Mötet valde X till Y": a short subject, an object, then till/som ("Vi valde att …" is no election).
            if i <= 3, words[i + 1] != "att", words[(i + 2)...].contains(where: { $0 == "till" || $0 == "som" }) { return true }
        }
        return false
    }

    /// The length of "Mötet beslutade " in "Mötet beslutade att ...", when the subject is at most three words.
    static func decisionVerbPrefix(_ text: String) -> Int? {
        guard text.containsIgnoringASCIICase("esl") else { return nil }
        let words = text.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: false)
        for verbIndex in 1...3 where verbIndex + 1 < words.count {
            let verb = words[verbIndex].lowercased()
            guard ["beslutar", "beslutade", "beslöt", "beslutades"].contains(verb), words[verbIndex + 1].lowercased() == "att" else { continue }
            guard let initial = words[0].first, initial.isUppercase || initial == "\u{FFFD}" else { return nil }
            return words[0...verbIndex].map(\.count).reduce(0, +) + verbIndex + 1
        }
        return nil
    }
}
