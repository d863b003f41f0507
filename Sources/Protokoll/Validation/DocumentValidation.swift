import OfficePackaging

/// Checks a written ODT or DOCX file: package rules plus every XML part against the bundled schemas.
public enum DocumentValidation {
    /// The kinds of file `protokoll validate` understands, by extension.
    public static let extensions = ["odt", "docx"]

    /// Problems as `part: line: message` lines (empty = valid), or nil when the extension is not one we validate.
    public static func problems(in bytes: [UInt8], fileExtension: String) -> [String]? {
        switch fileExtension.lowercased() {
        case "odt": return OfficePackageValidator.validateODT(bytes).map(\.description)
        case "docx": return OfficePackageValidator.validateDOCX(bytes).map(\.description)
        default: return nil
        }
    }
}
