/// Package-level checks for the files `protokoll validate` accepts: zip layout, manifest or content
/// types and relationships, every XML part against its bundled schema, and rules the schemas miss.
public enum OfficePackageValidator {
    /// Problems in an ODF text document (.odt); empty means valid.
    public static func validateODT(_ bytes: [UInt8]) -> [PackageIssue] {
        PackageInspection.run(bytes, ODTPackageCheck.run)
    }

    /// Problems in a WordprocessingML document (.docx); empty means valid.
    public static func validateDOCX(_ bytes: [UInt8]) -> [PackageIssue] {
        PackageInspection.run(bytes, DOCXPackageCheck.run)
    }
}
