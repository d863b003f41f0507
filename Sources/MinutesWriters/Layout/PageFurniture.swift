import MinutesModel

/// The boxes a municipal protocol carries at the foot of every page: one "Justerandes signatur" box per
/// justerare, to initial each page, and "Utdragsbestyrkande", to certify an extract. On by default for a
/// sammanträdesprotokoll; front matter `sidfot: nej` turns it off.
struct PageFurniture: Equatable {
    static let signatureLabel = "Justerandes signatur"
    static let extractLabel = "Utdragsbestyrkande"
    /// Front-matter values of `sidfot` that turn the boxes off.
    static let offValues: Set<String> = ["nej", "av", "no", "off", "false"]

    /// A box's width in millimetres ("Utdragsbestyrkande" on one line at the footer's size), and the text width.
    static let boxWidth = 38, textWidth = 160

    /// How many signature boxes: one per justerare (at least one, at most three: four boxes fill the width).
    let adjusters: Int

    /// The furniture of `minutes`, or nil when it has none.
    static func of(_ minutes: Minutes) -> PageFurniture? {
        guard minutes.meta.kind == .sammantradesprotokoll,
              !(minutes.meta[field: "sidfot"].map { offValues.contains($0.lowercased()) } ?? false) else { return nil }
        let named = minutes.signatures.filter { $0.duty == .adjuster }.count
        let listed = minutes.attendance.flatMap(\.attendees).filter { $0.roles.contains { $0.lowercased().hasPrefix("juster") } }.count
        return PageFurniture(adjusters: min(3, max(1, named > 0 ? named : listed)))
    }

    /// The gap before "Utdragsbestyrkande", in millimetres.
    var gapWidth: Int { max(5, PageFurniture.textWidth - PageFurniture.boxWidth * (adjusters + 1)) }

    /// The boxes' labels in reading order.
    var labels: [String] { Array(repeating: PageFurniture.signatureLabel, count: adjusters) + [PageFurniture.extractLabel] }

    /// The municipality for the header: front matter `kommun:` ("Kungsbacka kommun").
    static func municipality(_ meta: Metadata) -> String? {
        guard let name = meta[field: "kommun"], !name.isEmpty else { return nil }
        return name.lowercased().hasSuffix("kommun") || name.lowercased().hasSuffix("region") ? name : name + " kommun"
    }
}
