/// An opened package plus the issues found so far; the shared ground of the ODT and DOCX checks.
struct PackageInspection {
    let reader: ZipReader
    private(set) var issues: [PackageIssue] = []

    /// Opens `bytes` as zip and runs `check` on it; an unreadable archive is the only issue.
    static func run(_ bytes: [UInt8], _ check: (inout PackageInspection) -> Void) -> [PackageIssue] {
        let reader: ZipReader
        do {
            reader = try ZipReader(bytes)
        } catch {
            return [PackageIssue(part: PackageIssue.packagePart, message: "cannot read the zip archive: \(error)")]
        }
        var inspection = PackageInspection(reader: reader)
        check(&inspection)
        return inspection.issues
    }

    /// Whether the package has an entry `part`.
    func contains(_ part: String) -> Bool { reader.entry(part) != nil }

    mutating func report(_ part: String, line: Int? = nil, _ message: String) {
        issues.append(PackageIssue(part: part, line: line, message: message))
    }

    /// The data of `part`, or nil after reporting why it cannot be read.
    mutating func data(_ part: String) -> [UInt8]? {
        do {
            return try reader.data(part)
        } catch {
            report(part, "\(error)")
            return nil
        }
    }

    /// Reads `part`, reports every schema violation, and returns the data for further checks.
    @discardableResult
    mutating func validate(_ part: String, against schema: BundledSchema) -> [UInt8]? {
        guard let bytes = data(part) else { return nil }
        do {
            for issue in try SchemaValidator.validate(bytes, against: schema) {
                report(part, line: issue.line, issue.message)
            }
        } catch {
            report(part, "\(error)")
        }
        return bytes
    }
}
