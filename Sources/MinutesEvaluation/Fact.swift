/// The classes of facts an answer key holds.
public enum FactClass: String, Sendable, Codable, CaseIterable {
    /// Organ, date, start, end, place.
    case meta
    /// An item's number, title and Dnr.
    case item
    /// An item's decision text.
    case decision
    /// An attendee in the right group, with party, role and replaced member.
    case attendee
    /// A signer's role and name.
    case signature
}

/// One fact of a key compared with the parser's reading of it.
public struct Fact: Sendable, Codable {
    /// What kind of fact.
    public var factClass: FactClass
    /// Which fact, e.g. "§ 12 dnr" or "present Lisa Andersson party".
    public var name: String
    /// The key's value (nil: the key has none, so the parser's value is spurious).
    public var expected: String?
    /// The parser's value (nil: missing).
    public var actual: String?
    /// Whether the parser got it right.
    public var isRight: Bool
}

/// The facts of one file.
public struct FileScore: Sendable, Codable {
    /// The source file's name.
    public var file: String
    /// Every fact compared.
    public var facts: [Fact]

    /// Facts right.
    public var right: Int { facts.filter(\.isRight).count }
    /// Facts compared.
    public var total: Int { facts.count }
    /// Right over total, 1 when there is nothing to compare.
    public var ratio: Double { total == 0 ? 1 : Double(right) / Double(total) }

    /// Facts right and compared in one class.
    public func count(_ factClass: FactClass) -> (right: Int, total: Int) {
        let facts = facts.filter { $0.factClass == factClass }
        return (facts.filter(\.isRight).count, facts.count)
    }
}

/// The scores of one corpus: every file with a key.
public struct CorpusScore: Sendable, Codable {
    /// The corpus name, e.g. "kommun".
    public var name: String
    /// One score per keyed file, by file name.
    public var files: [FileScore]

    /// Facts right over all files.
    public var right: Int { files.map(\.right).reduce(0, +) }
    /// Facts compared over all files.
    public var total: Int { files.map(\.total).reduce(0, +) }
    /// Right over total.
    public var ratio: Double { total == 0 ? 1 : Double(right) / Double(total) }
    /// The lowest file ratio.
    public var worstFileRatio: Double { files.map(\.ratio).min() ?? 1 }

    /// Facts right and compared in one class over all files.
    public func count(_ factClass: FactClass) -> (right: Int, total: Int) {
        files.map { $0.count(factClass) }.reduce((0, 0)) { ($0.0 + $1.0, $0.1 + $1.1) }
    }
}
