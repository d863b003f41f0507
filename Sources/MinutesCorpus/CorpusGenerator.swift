/// Writes realistic Swedish minutes — minnesanteckningar, föreningsprotokoll and sammanträdesprotokoll with 3–100
/// items and up to 60 attendees — deterministically: document `index` of seed `seed` is the same text everywhere.
public struct CorpusGenerator: Sendable {
    /// The seed every document's randomness derives from.
    public var seed: UInt64

    /// Creates a generator; the same seed gives the same corpus.
    public init(seed: UInt64 = 20_261_203) { self.seed = seed }

    /// Document `index` of the corpus (documents are independent, so any range can be generated alone).
    public func document(_ index: Int) -> GeneratedMinutes {
        let random = SplitMix(seed: seed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
        let shape = GeneratedMinutes.Shape.allCases[index % 3]
        var writer = MinutesComposer(random: random, shape: shape)
        return writer.compose(fileName: pad(index) + "-" + shape.rawValue + ".md")
    }

    private func pad(_ index: Int) -> String {
        let digits = String(index)
        return String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }
}

/// Composes one document; the randomness is consumed in writing order.
struct MinutesComposer {
    typealias Words = CorpusVocabulary
    var random: SplitMix
    let shape: GeneratedMinutes.Shape
    private var lines: [String] = []
    private var attendeeNames: [String] = []
    private var usedNames: Set<String> = []

    init(random: SplitMix, shape: GeneratedMinutes.Shape) {
        self.random = random
        self.shape = shape
    }

    mutating func compose(fileName: String) -> GeneratedMinutes {
        let year = random.int(2015...2026), month = random.int(1...12), day = random.int(1...28)
        // Items: 3–100, most protocols short (a square skews towards the low end).
        let unit = Double(random.int(0...1000)) / 1000
        let itemCount = 3 + Int(97 * unit * unit)
        let attendeeCount = random.int(3...60)
        let firstNumber = shape == .sammantradesprotokoll ? random.int(1...240) : 1
        let organ: String
        switch shape {
        case .minnesanteckningar:
            organ = random.pick(Words.groups)
            lines += ["## Minnesanteckningar från \(organ)s möte \(day) \(Words.months[month - 1]) \(year)", ""]
            lines += ["*Tid* \(weekday(year, month, day)) \(day) \(Words.months[month - 1]) \(year) kl 09.00 - 12.\(random.pick(["00", "15", "30"]))", ""]
            lines += ["*Plats* \(random.pick(Words.places))", ""]
        case .foreningsprotokoll:
            organ = random.pick(Words.associations)
            let meeting = random.pick(["årsmöte", "styrelsemöte", "extra föreningsstämma"])
            lines += ["# Protokoll fört vid \(organ)s \(meeting)", ""]
            lines += ["Datum: \(weekday(year, month, day).lowercased())en den \(day) \(Words.months[month - 1]) \(year) kl. 18.00", ""]
            lines += ["Plats: \(random.pick(Words.places))", ""]
        case .sammantradesprotokoll:
            organ = random.pick(Words.organs)
            let prefix = String(organ.prefix(2)).uppercased()
            lines += ["---", "dokumenttyp: sammantradesprotokoll", "organ: \(organ)", "kommun: \(random.pick(Words.municipalities))",
                      "diarienummer: \(prefix) \(year)/\(random.int(1...400))"]
            if random.chance(50) { lines += ["anslag: \(iso(year, month, min(day + 7, 28)))"] }
            lines += ["---", "# Sammanträdesprotokoll \(organ)", ""]
            lines += ["Plats och tid: \(random.pick(Words.places)) kl. 09:00-\(random.int(10...16)):\(random.pick(["00", "17", "45"]))", ""]
            lines += ["Datum: \(iso(year, month, day))", ""]
        }
        let signers = attendance(count: attendeeCount, firstItem: firstNumber, items: itemCount)

        var numbers: [Int] = [], dnrs: [String?] = [], clauseCounts: [Int] = []
        for offset in 0..<itemCount {
            let number = firstNumber + offset
            let (dnr, clauses) = item(number, organ: organ, year: year)
            numbers.append(number)
            dnrs.append(dnr)
            clauseCounts.append(clauses)
        }
        lines += signatureBlock(signers)
        return GeneratedMinutes(fileName: fileName, text: lines.joined(separator: "\n") + "\n", shape: shape, itemNumbers: numbers,
                                itemDnr: dnrs, itemClauses: clauseCounts, attendeeNames: attendeeNames, signerNames: signers.flatMap(\.names))
    }

    /// The attendance lists; returns the signers (role line, names) the signature block prints.
    private mutating func attendance(count: Int, firstItem: Int, items: Int) -> [(role: String, names: [String])] {
        let last = firstItem + items - 1
        func span() -> (Int, Int) {
            let from = random.int(firstItem...last)
            return (from, random.int(from...last))
        }
        switch shape {
        case .minnesanteckningar:
            lines += ["### *Deltagare*", ""]
            let absent = count > 6 ? random.int(0...2) : 0
            let present = count - absent
            var secretary = "", adjuster = ""
            for index in 0..<present {
                let name = newName()
                var row = name + "\t" + random.pick(Words.organisations)
                if index == 0 { adjuster = name; row += ", justerare" }
                else if index == 1 { secretary = name; row += ", sekreterare" }
                else if random.chance(30) { let (a, b) = span(); row += a == b ? ", punkt \(a)" : ", punkt \(a)-\(b)" }
                lines.append(row)
            }
            lines.append("")
            if absent > 0 {
                lines += ["### *Frånvarande*", ""]
                for _ in 0..<absent { lines.append(newName() + "\t" + random.pick(Words.organisations)) }
                lines.append("")
            }
            return [("Vid anteckningarna", [secretary]), ("Justerat", [adjuster])]
        case .foreningsprotokoll:
            lines += ["Närvarande:", ""]
            var names: [String] = []
            for _ in 0..<count {
                let name = newName()
                names.append(name)
                lines.append("- " + name)
            }
            lines.append("")
            return [("Vid protokollet", [names[1]]), ("Justeras", [names[2], names[0]])]
        case .sammantradesprotokoll:
            lines += ["**Beslutande**", "", "Ledamöter", ""]
            let officials = min(random.int(1...4), count - 3)
            let substitutes = min(random.int(0...3), count - officials - 3)
            let members = count - officials - substitutes
            var chair = "", adjusters: [String] = []
            var memberNames: [String] = []
            for index in 0..<members {
                let name = newName()
                memberNames.append(name)
                var row = "- \(name) (\(random.pick(Words.parties)))"
                if index == 0 { chair = name; row += ", ordförande" }
                else if index == 1 { row += ", vice ordförande" }
                else if index <= 3 { adjusters.append(name) }
                if index > 3, random.chance(10) { let (a, b) = span(); row += a == b ? ", § \(a)" : ", §§ \(a)-\(b)" }
                lines.append(row)
            }
            lines.append("")
            if substitutes > 0 {
                lines += ["Tjänstgörande ersättare", ""]
                for _ in 0..<substitutes {
                    let (a, b) = span()
                    lines.append("- \(newName()) (\(random.pick(Words.parties))) ersätter \(unlistedName()) (\(random.pick(Words.parties))), §§ \(a)-\(b)")
                }
                lines.append("")
            }
            lines += ["Övriga närvarande", ""]
            var secretary = ""
            for index in 0..<officials {
                let name = newName()
                if index == 0 { secretary = name; lines.append("- \(name), sekreterare") }
                else { lines.append("- \(name), \(random.pick(Words.titles))") }
            }
            lines.append("")
            let justerare = Array(adjusters.prefix(2))
            lines += ["Utses att justera: " + justerare.joined(separator: " och "), ""]
            return [("Sekreterare", [secretary]), ("Ordförande", [chair]), ("Justerande", justerare)]
        }
    }

    /// One agenda item; returns its Dnr and its number of decision clauses.
    private mutating func item(_ number: Int, organ: String, year: Int) -> (String?, Int) {
        let title = random.pick(Words.itemTitles)
        var dnr: String?
        switch shape {
        case .minnesanteckningar, .foreningsprotokoll:
            lines += ["## \(number). \(title)", ""]
        case .sammantradesprotokoll:
            lines += ["## § \(number) \(title)", ""]
            if random.chance(80) {
                let value = "\(String(organ.prefix(2)).uppercased()) \(year)/\(random.int(1...900))" + (random.chance(20) ? "-0\(random.int(1...9))" : "")
                dnr = value
                lines += ["Dnr \(value)", ""]
            }
        }
        lines += [random.pick(Words.openings)]
        for _ in 0..<random.int(0...4) { lines[lines.count - 1] += " " + sentence() }
        lines.append("")
        guard random.chance(75) else { return (dnr, 0) }
        let clauses = random.int(1...3)
        let chosen = (0..<clauses).map { _ in random.pick(Words.clauses) }
        switch shape {
        case .minnesanteckningar:
            lines += ["*Beslut*", ""]
            for clause in chosen { lines += ["Att \(clause).", ""] }
        case .foreningsprotokoll:
            if clauses == 1 { lines += ["Mötet beslutade att \(chosen[0]).", ""] }
            else { lines += ["**Beslut**", ""] + chosen.map { "- att \($0)" } + [""] }
        case .sammantradesprotokoll:
            lines += ["**Beslut**", "", "\(organ) beslutar", ""]
            for (index, clause) in chosen.enumerated() { lines += ["att \(clause)" + (index == clauses - 1 ? "." : ","), ""] }
        }
        return (dnr, clauses)
    }

    private func signatureBlock(_ signers: [(role: String, names: [String])]) -> [String] {
        var block: [String] = []
        switch shape {
        case .minnesanteckningar:
            // The seed's order: every role line first, then the names in the same order.
            block += signers.flatMap { [$0.role, ""] }
            block += signers.flatMap(\.names).flatMap { [$0, ""] }
        case .foreningsprotokoll, .sammantradesprotokoll:
            for signer in signers { block += [signer.role, ""] + signer.names.flatMap { [$0, ""] } }
        }
        return block
    }

    private mutating func sentence() -> String {
        var text = random.pick(Words.sentences)
        let year = random.int(2015...2026)
        let replacements: [(String, String)] = [
            ("%AMOUNT%", String(random.int(1_000...9_999_999))), ("%PERCENT%", "\(random.int(0...9)),\(random.int(0...9))"),
            ("%DATE%", iso(year, random.int(1...12), random.int(1...28))), ("%N2%", String(random.int(10...52))),
            ("%N%", String(random.int(1...9))), ("%DAY%", String(random.int(1...28))), ("%MONTH%", random.pick(Words.months)),
            ("%YEAR2%", String(year + 1)), ("%YEAR%", String(year)),
        ]
        for (placeholder, value) in replacements { text = text.replacing(placeholder, with: value) }
        return text
    }

    private mutating func newName() -> String {
        var name: String
        repeat { name = random.pick(Words.firstNames) + " " + random.pick(Words.lastNames) } while usedNames.contains(name)
        usedNames.insert(name)
        attendeeNames.append(name)
        return name
    }

    /// A name that is not in the lists (someone replaced), never reused.
    private mutating func unlistedName() -> String {
        var name: String
        repeat { name = random.pick(Words.firstNames) + " " + random.pick(Words.lastNames) } while usedNames.contains(name)
        usedNames.insert(name)
        return name
    }

    private func iso(_ year: Int, _ month: Int, _ day: Int) -> String {
        "\(year)-" + (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)"
    }

    /// The Swedish weekday of a Gregorian date (Sakamoto's method), capitalised.
    private func weekday(_ year: Int, _ month: Int, _ day: Int) -> String {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        let index = (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
        return ["Söndag", "Måndag", "Tisdag", "Onsdag", "Torsdag", "Fredag", "Lördag"][index]
    }
}
