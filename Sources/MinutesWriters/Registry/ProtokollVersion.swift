/// Protokoll's version, as `--version`, documents' generator fields and archive packages' agents give it.
public enum ProtokollVersion {
    /// "0.1.0".
    public static let current = "0.1.0"
}
