import Foundation

/// Checks what a registrar needs before filing: the diarienummer against the organisation's pattern (none is
/// national), a lagrum for every sekretess marking, and a lagrum that names an OSL chapter and section.
enum RegistrationRules {
    static func findings(_ minutes: Minutes, source: [UInt8], diaryNumberPattern: String?, severity: Severity) -> [Diagnostic] {
        let registration = Registration(minutes.meta)
        // The source is split into lines only when a finding needs its line (rare; most documents have none).
        func location(_ key: Registration.Key) -> SourceLocation {
            let lines = String(decoding: source.prefix(64 << 10), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() {
                let lowered = line.lowercased()
                if key.spellings.contains(where: { lowered.hasPrefix($0 + ":") }) { return SourceLocation(line: index + 1, column: 1) }
            }
            return SourceLocation(line: 1, column: 1)
        }
        var findings: [Diagnostic] = []
        if let pattern = diaryNumberPattern {
            let numbers = [registration[.diaryNumber]].compactMap { $0 }.map { ($0, location(.diaryNumber)) }
                + minutes.items.compactMap { item in item.dnr.map { ($0, item.location) } }
            for (number, at) in numbers where number.range(of: "^(?:\(pattern))$", options: .regularExpression) == nil {
                findings.append(Diagnostic(severity, "diary-number-pattern", "diarienummer “\(number)” does not match the pattern \(pattern)", at: at))
            }
        }
        if registration.isClassified {
            if let ground = registration[.legalGround] {
                if ground.range(of: #"\d+\s*kap\.?\s*\d+\s*[a-z]?\s*§"#, options: [.regularExpression, .caseInsensitive]) == nil {
                    findings.append(Diagnostic(severity, "legal-ground", "lagrum “\(ground)” names no chapter and section of OSL (e.g. “21 kap. 1 § OSL”)", at: location(.legalGround)))
                }
            } else {
                findings.append(Diagnostic(severity, "legal-ground", "sekretess is marked but no lagrum gives the OSL chapter and section", at: location(.secrecy)))
            }
        }
        return findings
    }

    /// Whether `pattern` is a regular expression Foundation accepts.
    static func isValidPattern(_ pattern: String) -> Bool {
        (try? NSRegularExpression(pattern: pattern)) != nil
    }
}

/// The `--diarienummer-pattern` check for the command line.
public enum RegistrationPattern {
    /// Whether `pattern` compiles.
    public static func isValid(_ pattern: String) -> Bool { RegistrationRules.isValidPattern(pattern) }
}
