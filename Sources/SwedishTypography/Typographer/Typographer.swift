/// Normalises running Swedish text: ranges, dashes, clock times, `§`, quotes and number groups.
///
/// The rules (each documented on the rule that implements it) run in one left-to-right pass over the
/// text's Unicode scalars, so typesetting is O(n). Every rule accepts its own output, which makes
/// `typeset` idempotent. Code and verbatim spans must not be passed in.
public struct Typographer: Sendable {
    /// Whether every long number is grouped (a column of amounts), not only those an amount unit follows.
    public var groupsEveryNumber: Bool

    /// Creates a typographer with the Swedish rules; `groupsEveryNumber` is for table columns of amounts.
    public init(groupsEveryNumber: Bool = false) {
        self.groupsEveryNumber = groupsEveryNumber
    }

    /// Returns `text` with Swedish typography applied.
    public func typeset(_ text: String) -> String {
        var scanner = TypesetScanner(text, groupsEveryNumber: groupsEveryNumber)
        scanner.run()
        return scanner.result
    }
}
