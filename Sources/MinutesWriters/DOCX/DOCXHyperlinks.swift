import Foundation

/// External hyperlink targets, each with a relationship id, in order of first use.
final class DOCXHyperlinks {
    private let firstNumber: Int
    private(set) var targets: [(id: String, target: String)] = []
    private var idByTarget: [String: String] = [:]

    /// Ids start at `rId<firstNumber>`, after the document's fixed relationships.
    init(firstNumber: Int) {
        self.firstNumber = firstNumber
    }

    /// The relationship id for an external link, or nil when the destination is empty, in-document (`#…`) or
    /// not one to follow (`javascript:`, `data:`, `file:`: see `LinkTarget`).
    func id(for destination: String) -> String? {
        guard let target = LinkTarget.live(destination), !target.hasPrefix("#") else { return nil }
        if let id = idByTarget[target] { return id }
        let id = "rId\(firstNumber + targets.count)"
        targets.append((id, target))
        idByTarget[target] = id
        return id
    }
}
