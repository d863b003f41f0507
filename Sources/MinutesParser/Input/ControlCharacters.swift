/// Characters XML 1.0 and Word refuse; wherever text enters the AST they become U+FFFD, with a warning.
enum ControlCharacters {
    /// C0 controls other than tab and line feed, DEL, C1 controls, and the noncharacters U+FFFE and U+FFFF.
    static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A) || (0x7F...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF
    }

    /// A URL with every refused character percent-encoded (its UTF-8 bytes as %XX), and how many were: the
    /// address keeps its data and becomes valid.
    static func percentEncoding(in url: String) -> (text: String, count: Int) {
        guard url.unicodeScalars.contains(where: isRefused) else { return (url, 0) }
        var out = ""
        var count = 0
        let digits = Array("0123456789ABCDEF")
        for scalar in url.unicodeScalars {
            guard isRefused(scalar) else { out.unicodeScalars.append(scalar); continue }
            count += 1
            for byte in String(scalar).utf8 { out += "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)]) }
        }
        return (out, count)
    }

    /// `text` with every refused character replaced by U+FFFD, and how many were.
    static func replacing(in text: String) -> (text: String, count: Int) {
        guard text.unicodeScalars.contains(where: isRefused) else { return (text, 0) }
        var scalars = String.UnicodeScalarView()
        var count = 0
        for scalar in text.unicodeScalars {
            if isRefused(scalar) {
                count += 1
                scalars.append("\u{FFFD}")
            } else {
                scalars.append(scalar)
            }
        }
        return (String(scalars), count)
    }
}
