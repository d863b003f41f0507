/// Keeps text legal for XML 1.0.
public enum XMLText {
    /// The UTF-8 bytes of U+FFFD REPLACEMENT CHARACTER.
    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// `s` with every character XML 1.0 forbids (U+0000–U+001F except tab, LF, CR; U+FFFE; U+FFFF)
    /// replaced by U+FFFD, and how many were replaced.
    public static func sanitized(_ s: String) -> (String, replaced: Int) {
        var copy = s
        let fixed: ([UInt8], Int)? = copy.withUTF8 { utf8 in
            firstIllegalOffset(in: utf8).map { replacingIllegal(in: utf8, from: $0) }
        }
        guard let (bytes, replaced) = fixed else { return (s, 0) }
        return (String(decoding: bytes, as: UTF8.self), replaced)
    }

    /// The byte offset of the first forbidden character in valid UTF-8, or nil when there is none.
    static func firstIllegalOffset(in utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = utf8.count
        while index < count {
            let byte = utf8[index]
            if byte < 0x20 {
                if byte != 0x09 && byte != 0x0A && byte != 0x0D { return index }
            } else if byte == 0xEF, index + 2 < count, utf8[index + 1] == 0xBF, utf8[index + 2] >= 0xBE {
                return index
            }
            index += 1
        }
        return nil
    }

    /// A copy of `utf8` with forbidden characters from `start` on replaced by U+FFFD, and the count.
    static func replacingIllegal(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> ([UInt8], Int) {
        var output = [UInt8]()
        output.reserveCapacity(utf8.count + 8)
        output.append(contentsOf: utf8[..<start])
        var replaced = 0
        var index = start
        let count = utf8.count
        while index < count {
            let byte = utf8[index]
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D {
                output.append(contentsOf: replacement)
                replaced += 1
                index += 1
            } else if byte == 0xEF, index + 2 < count, utf8[index + 1] == 0xBF, utf8[index + 2] >= 0xBE {
                output.append(contentsOf: replacement)
                replaced += 1
                index += 3
            } else {
                output.append(byte)
                index += 1
            }
        }
        return (output, replaced)
    }
}
