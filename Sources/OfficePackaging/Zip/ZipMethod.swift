/// How a zip entry's data is stored.
public enum ZipMethod: Sendable {
    /// Stored as is (zip method 0).
    case stored
    /// Raw deflate (zip method 8).
    case deflated

    /// The method number zip headers carry.
    var code: UInt16 {
        switch self {
        case .stored: 0
        case .deflated: 8
        }
    }

    /// The method for a header's method number, or nil when it is neither 0 nor 8.
    init?(code: UInt16) {
        switch code {
        case 0: self = .stored
        case 8: self = .deflated
        default: return nil
        }
    }
}
