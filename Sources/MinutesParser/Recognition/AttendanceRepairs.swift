import MinutesModel

/// Repairs of attendance lists that need the lists together: the absent read from *Kallade* minus *Närvarande*,
/// and two names run together where a comma was forgotten.
enum AttendanceRepairs {
    static func repair(_ groups: [AttendanceGroup], diagnostics: inout [Diagnostic], at location: SourceLocation) -> [AttendanceGroup] {
        var groups = groups.map { splitRunTogetherNames($0, diagnostics: &diagnostics, at: location) }
        guard let called = groups.firstIndex(where: { $0.label.lowercased().trimmingSpaces == "kallade" }),
              groups.contains(where: { $0.kind == .present })
        else { return groups }
        let present = Set(groups.filter { $0.kind == .present }.flatMap(\.attendees).map { key($0.name) })
        let absent = groups[called].attendees.filter { !present.contains(key($0.name)) }
        diagnostics.append(Diagnostic(.note, "absent-from-called",
                                      "the absent read as the called (Kallade) not present: \(absent.isEmpty ? "nobody" : absent.map(\.name).joined(separator: ", "))",
                                      at: location))
        if absent.isEmpty {
            groups.remove(at: called)
        } else {
            groups[called] = AttendanceGroup(label: "Frånvarande", kind: .absent, attendees: absent)
        }
        return groups
    }

    private static func key(_ name: String) -> String { name.lowercased().split(separator: " ").joined(separator: " ") }

    /// "Dennis Lundberg Amanda Brodell" in a list of two-word names is two people.
    private static func splitRunTogetherNames(_ group: AttendanceGroup, diagnostics: inout [Diagnostic], at location: SourceLocation) -> AttendanceGroup {
        let wordCounts = group.attendees.map { $0.name.split(separator: " ").count }
        guard group.attendees.count >= 3 else { return group }
        var out = group
        out.attendees = []
        for (attendee, count) in zip(group.attendees, wordCounts) {
            let words = attendee.name.split(separator: " ")
            let others = wordCounts.filter { $0 != count }
            if count == 4, !others.isEmpty, others.allSatisfy({ $0 == 2 }), words.allSatisfy({ $0.first?.isUppercase ?? false }),
               attendee.organisation == nil, attendee.roles.isEmpty, attendee.notes.isEmpty {
                out.attendees.append(Attendee(name: words[0...1].joined(separator: " ")))
                out.attendees.append(Attendee(name: words[2...3].joined(separator: " ")))
                diagnostics.append(Diagnostic(.note, "names-run-together", "“\(attendee.name)” read as two names (a comma missing)", at: location))
            } else {
                out.attendees.append(attendee)
            }
        }
        return out
    }
}
