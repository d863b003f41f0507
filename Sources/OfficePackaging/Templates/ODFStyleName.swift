/// ODF style names as LibreOffice shows them.
public enum ODFStyleName {
    /// `Underskrift_20_roll` → `Underskrift roll`: ODF's escapes of two or four hex digits between
    /// underscores, as LibreOffice shows the name; anything else is kept as written.
    public static func decoded(_ name: String) -> String {
        let scalars = Array(name.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "_", let (scalar, length) = escape(in: scalars, at: index) {
                result.append(scalar)
                index += length
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// The character an escape starting with the underscore at `start` stands for, and the escape's length.
    private static func escape(in scalars: [Unicode.Scalar], at start: Int) -> (Unicode.Scalar, Int)? {
        for digits in [2, 4] {
            let close = start + digits + 1
            guard close < scalars.count, scalars[close] == "_" else { continue }
            let hex = scalars[(start + 1)..<close]
            guard hex.allSatisfy({ $0.properties.isASCIIHexDigit }),
                  let code = UInt32(String(String.UnicodeScalarView(hex)), radix: 16), code >= 0x20,
                  let scalar = Unicode.Scalar(code)
            else { continue }
            return (scalar, digits + 2)
        }
        return nil
    }
}
