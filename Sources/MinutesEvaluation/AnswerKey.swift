/// A hand-written answer key: the facts a careful reader takes from one source file (`fixtures/eval/*/answers`).
public struct AnswerKey: Sendable, Decodable {
    /// The source file's name.
    public var file: String
    /// Organ, date, start, end and place.
    public var meta: Meta
    /// Every agenda item of the body, in source order.
    public var items: [Item]
    /// The attendance by group.
    public var attendance: Attendance
    /// The signers.
    public var signatures: [Signature]

    /// The meeting's metadata as the key gives it (times as HH:MM).
    public struct Meta: Sendable, Decodable {
        public var organ: String?
        public var date: String?
        public var start: String?
        public var end: String?
        public var place: String?
    }

    /// One item: its number as printed ("§ 12", "10 a"), title, Dnr, decision text (paragraphs split by "\n").
    public struct Item: Sendable, Decodable {
        public var number: String?
        public var title: String?
        public var dnr: String?
        public var decision: String?
    }

    /// The groups a key distinguishes.
    public struct Attendance: Sendable, Decodable {
        public var present: [Person]
        public var substitutes_not_serving: [Person]?
        public var others: [Person]?
        public var absent: [Person]?
    }

    /// One person on a list.
    public struct Person: Sendable, Decodable {
        public var name: String
        public var party: String?
        public var role: String?
        public var replaces: String?
        public var title: String?
    }

    /// One signer.
    public struct Signature: Sendable, Decodable {
        public var role: String
        public var name: String?
    }
}
