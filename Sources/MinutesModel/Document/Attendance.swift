/// Whether a group of attendees was present, absent, or present in another capacity.
public enum AttendanceKind: String, Sendable, Hashable, CaseIterable {
    /// Members who took part in the decisions (beslutande, närvarande).
    case present
    /// Members who were called but did not come (frånvarande).
    case absent
    /// Others present: officials, guests (övriga närvarande, tjänstepersoner).
    case other
    /// Substitutes present but not serving (ersättare, ej tjänstgörande).
    case substitute
}

/// A list of attendees under one label, e.g. "Deltagare" or "Övriga deltagare".
public struct AttendanceGroup: Sendable, Hashable {
    /// The label as the source wrote it (a split heading joined).
    public var label: String
    /// Present, absent or other.
    public var kind: AttendanceKind
    /// The people in source order.
    public var attendees: [Attendee]

    /// Creates a group.
    public init(label: String, kind: AttendanceKind, attendees: [Attendee]) {
        self.label = label
        self.kind = kind
        self.attendees = attendees
    }
}

/// One person (or organisation) on an attendance list.
public struct Attendee: Sendable, Hashable {
    /// The name as written.
    public var name: String
    /// The organisation, when the row gives one.
    public var organisation: String?
    /// The political party's abbreviation as written, e.g. "M" in "Lisa Andersson (M)".
    public var party: String?
    /// The member a serving substitute stands in for ("ersätter Anna Ek").
    public var replaces: String?
    /// Roles in lowercase as written, e.g. `justerare`, `sekreterare`.
    public var roles: [String]
    /// Agenda items the person attended; empty means the whole meeting.
    public var presence: [ItemRange]
    /// How presence was written: `punkt` or `paragraf` (§).
    public var presenceUnit: PresenceUnit
    /// Other remarks on the row, e.g. "ersätter Anna Andersson" or "från kl. 10.00".
    public var notes: [String]

    /// Creates an attendee.
    public init(
        name: String, organisation: String? = nil, party: String? = nil, replaces: String? = nil, roles: [String] = [],
        presence: [ItemRange] = [], presenceUnit: PresenceUnit = .punkt, notes: [String] = []
    ) {
        self.name = name
        self.organisation = organisation
        self.party = party
        self.replaces = replaces
        self.roles = roles
        self.presence = presence
        self.presenceUnit = presenceUnit
        self.notes = notes
    }
}

/// How the source counted agenda items in presence notes.
public enum PresenceUnit: String, Sendable, Hashable {
    /// "punkt 2-7"
    case punkt
    /// "§§ 1-5"
    case paragraf
}

/// An inclusive range of agenda item numbers; a single item has `from == to`.
public struct ItemRange: Sendable, Hashable {
    /// The first item.
    public var from: Int
    /// The last item.
    public var to: Int

    public init(from: Int, to: Int) {
        self.from = min(from, to)
        self.to = max(from, to)
    }

    /// Whether the range holds item `number`.
    public func contains(_ number: Int) -> Bool { (from...to).contains(number) }
}
