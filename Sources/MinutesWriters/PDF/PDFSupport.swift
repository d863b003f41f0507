/// Whether this machine can make PDF, for commands that make it optional.
public enum PDFSupport {
    /// Whether LibreOffice is installed where Protokoll looks for it.
    public static var isAvailable: Bool { LibreOffice.executable != nil }
    /// What to install when it is not.
    public static var missingMessage: String { LibreOffice.missingMessage }
}
