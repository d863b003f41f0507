/// What a secretary checks before signing: facts in the minutes that contradict each other.
public enum MinutesLint {
    /// Findings about `minutes`, parsed from `text`, in source order; located in `text`.
    public static func findings(_ minutes: Minutes, text: String) -> [Diagnostic] {
        let lines = LintText(text)
        let all = DateRules.findings(minutes, lines) + ListRules.findings(minutes, lines) + StructureRules.findings(minutes, lines)
        return all.enumerated().sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }.map(\.element)
    }
}
