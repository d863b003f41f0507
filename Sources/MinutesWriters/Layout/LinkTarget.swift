/// What a link in the source may become in a document: a live hyperlink only for schemes a reader can follow
/// safely (web, mail, phone) or a relative path, written as a valid URI; anything else stays text.
enum LinkTarget {
    /// Schemes written as live links.
    static let liveSchemes: Set<String> = ["http", "https", "mailto", "tel", "ftp", "ftps"]

    /// The destination as a valid URI when it may be live, or nil (empty, or a scheme such as `javascript:`,
    /// `data:`, `file:`, also when hidden by tabs or line breaks: "java&#x09;script:").
    static func live(_ destination: String) -> String? {
        let trimmed = destination.trimmingSpacesAndControls
        guard !trimmed.isEmpty else { return nil }
        // Browsers drop tabs and line breaks inside a URL and read the scheme case-insensitively.
        let squeezed = String(trimmed.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }.map(Character.init))
        if let colon = squeezed.firstIndex(of: ":") {
            let scheme = squeezed[..<colon]
            let isScheme = scheme.first?.isLetter == true && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
            if isScheme && !liveSchemes.contains(scheme.lowercased()) { return nil }
            // A colon before any "/", "?" or "#" after a non-scheme ("httpsª://"): no URI reads it.
            let delimiter = squeezed.firstIndex { "/?#".contains($0) }
            if !isScheme, delimiter.map({ colon < $0 }) ?? true { return nil }
        }
        let escaped = uriEscaped(String(trimmed))
        return hasValidAuthority(escaped) ? escaped : nil
    }

    /// Whether the part after "scheme://" up to the path is `[user@]host[:port]`: a host without ":" (or an
    /// IPv6 literal in brackets) and a port of digits only. "http://[::1" fails (no URI parser accepts it).
    private static func hasValidAuthority(_ uri: String) -> Bool {
        guard let marker = uri.range(of: "://") else { return true }
        let rest = uri[marker.upperBound...]
        var authority = rest.prefix { !"/?#".contains($0) }
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        var port: Substring = ""
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return false }
            port = authority[authority.index(after: close)...]
        } else if let colon = authority.firstIndex(of: ":") {
            port = authority[colon...]
        }
        guard !port.isEmpty else { return true }
        return port.first == ":" && port.dropFirst().allSatisfy(\.isASCII) && port.dropFirst().allSatisfy(\.isNumber)
    }

    /// `s` with every byte outside URI characters percent-encoded (Word rejects relationship targets with
    /// spaces or raw control characters, the schemas want `anyURI`); existing `%XX` escapes stay, a `%` without
    /// two hex digits becomes `%25`, brackets stay only around an IPv6 host ("http://[::1]/").
    static func uriEscaped(_ s: String) -> String {
        let bytes = Array(s.utf8)
        let host = bracketedHost(bytes)
        var out = ""
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let isEscape = byte == UInt8(ascii: "%") && index + 2 < bytes.count && isHex(bytes[index + 1]) && isHex(bytes[index + 2])
            let isBracket = byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
            if isEscape || (uriBytes.contains(byte) && (!isBracket || host.contains(index))) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + hexDigits(byte)
            }
            index += 1
        }
        return out
    }

    /// The offsets of "[" and "]" around an IPv6 literal right after "scheme://", when they are balanced.
    private static func bracketedHost(_ bytes: [UInt8]) -> Set<Int> {
        guard let slashes = (0..<max(0, bytes.count - 3)).first(where: { bytes[$0] == UInt8(ascii: ":") && bytes[$0 + 1] == UInt8(ascii: "/") && bytes[$0 + 2] == UInt8(ascii: "/") }),
              slashes + 3 < bytes.count, bytes[slashes + 3] == UInt8(ascii: "[") else { return [] }
        let open = slashes + 3
        var index = open + 1
        while index < bytes.count, isHex(bytes[index]) || bytes[index] == UInt8(ascii: ":") || bytes[index] == UInt8(ascii: ".") { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "]"), index > open + 1 else { return [] }
        return [open, index]
    }

    private static let uriBytes: Set<UInt8> = Set(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=".utf8)

    private static func isHex(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
            || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }

    private static func hexDigits(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}

extension String {
    /// Without leading and trailing spaces, tabs, line breaks and other control characters.
    fileprivate var trimmingSpacesAndControls: Substring {
        let isEdge: (Character) -> Bool = { $0.isWhitespace || $0.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control } }
        guard let first = firstIndex(where: { !isEdge($0) }), let last = lastIndex(where: { !isEdge($0) }) else { return "" }
        return self[first...last]
    }
}
