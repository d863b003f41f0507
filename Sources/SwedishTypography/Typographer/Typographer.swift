/// Normalises running Swedish text: ranges, dashes, clock times, `§`, quotes and number groups.
///
/// The rules (each documented on the rule that implements it) run in one left-to-right pass over the
/// text's Unicode scalars, so typesetting is O(n). Every rule accepts its own output, which makes
/// `typeset` idempotent. Code and verbatim spans must not be passed in.
public struct Typographer: Sendable {
    /// Creates a typographer with the Swedish rules.
    public init() {}

    /// Returns `text` with Swedish typography applied.
    public func typeset(_ text: String) -> String {
        var scanner = TypesetScanner(text)
        scanner.run()
        return scanner.result
    }
}
