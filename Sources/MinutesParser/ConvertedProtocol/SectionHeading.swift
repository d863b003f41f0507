import MinutesModel

/// The headings an item of a municipal protocol is built from: its decision, or one of its other sections.
enum SectionHeading: Equatable {
    case decision
    case section(ItemSectionKind)

    static let basis = SectionHeading.section(.basis), procedure = SectionHeading.section(.procedure),
        distribution = SectionHeading.section(.distribution), proposalAtMeeting = SectionHeading.section(.proposalAtMeeting),
        proposal = SectionHeading.section(.proposal), summary = SectionHeading.section(.summary), motions = SectionHeading.section(.motions),
        vote = SectionHeading.section(.vote), reservation = SectionHeading.section(.reservation), protocolNote = SectionHeading.section(.protocolNote),
        disqualification = SectionHeading.section(.disqualification), information = SectionHeading.section(.information)

    /// The kind of a line that stands alone as a section heading, or nil for text.
    static func of(_ text: String) -> SectionHeading? {
        let t = text.squeezingSpaces
        guard t.count <= 90, let first = t.first, first.isUppercase, !t.hasSuffix("."), !t.hasSuffix(",") else { return nil }
        let lower = t.lowercased()
        func starts(_ prefixes: String...) -> Bool {
            prefixes.contains { lower == $0 || lower.hasPrefix($0 + " ") || lower.hasPrefix($0 + ":") }
        }
        if starts("beslutsunderlag") { return .basis }
        if starts("beslutsgång", "propositionsordning") { return .procedure }
        if starts("beslutet skickas till", "beslutet ska skickas till", "expediering", "expedieras till") { return .distribution }
        if lower.hasPrefix("förslag till beslut på sammanträdet") || lower.hasPrefix("förslag till beslut under sammanträdet") { return .proposalAtMeeting }
        if starts("förslag till beslut") { return .proposal }
        // "Beslut", "Beslut i kommunstyrelsens arbetsutskott", "Beslut – Förslag till kommunfullmäktige"; not a letter's
        // title in a list ("Beslut från Skolinspektionen", "Beslut om …").
        if lower == "beslut" || lower == "beslut:" || lower == "överenskommelse" || lower.hasPrefix("beslut i ")
            || lower.hasPrefix("beslut – ") || lower.hasPrefix("beslut - ") || lower.hasPrefix("beslut — ") { return .decision }
        if lower.hasSuffix(" beslut"), lower.split(separator: " ").count <= 4, lower.split(separator: " ").first?.hasSuffix("s") ?? false { return .decision }
        // "Nämnden för Individ & Familjeomsorgs förslag till Kommunstyrelsen": the body's own proposal to another organ.
        if let r = lower.range(of: "s förslag till "), !lower.hasPrefix("förslag"), lower.split(separator: " ").count <= 9,
           lower[r.upperBound...].first.map({ _ in !lower.hasSuffix(" beslut") }) ?? false,
           !lower.contains("på sammanträdet"), !lower.contains("förvaltningens") { return .decision }
        if starts("sammanfattning", "ärendet", "bakgrund", "ärendebeskrivning") { return .summary }
        if starts("yrkande", "yrkanden") { return .motions }
        if starts("omröstning", "omröstningsresultat") { return .vote }
        if starts("reservation", "reservationer") { return .reservation }
        if starts("protokollsanteckning", "protokollsanteckningar", "särskilt yttrande", "särskilda yttranden") { return .protocolNote }
        if starts("jäv", "deltar inte i beslut", "deltar inte i beslutet", "deltar ej i beslut") { return .disqualification }
        if starts("upplysning", "information", "upplysningar") { return .information }
        return nil
    }
}
