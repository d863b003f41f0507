import Foundation
import MinutesModel

/// Source text after decoding: UTF-8, LF line endings, NFC, no characters XML forbids.
struct SourceText {
    var text: String
    var diagnostics: [Diagnostic]
    /// Set when the input cannot be read as text at all.
    var isFatal: Bool
}

/// Turns raw input bytes into `SourceText`, reporting every repair it makes.
enum SourceDecoder {
    static func decode(_ input: [UInt8], maxBytes: Int) -> SourceText {
        var diagnostics: [Diagnostic] = []
        let start = SourceLocation(line: 1, column: 1)
        if let message = ParseOptions(maxInputBytes: maxBytes).sizeRefusal(byteCount: input.count) {
            return SourceText(text: "", diagnostics: [Diagnostic(.error, "input-too-large", message, at: start)], isFatal: true)
        }
        var bytes = input[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }

        let text: String
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes.first == 0xFF
            text = decodeUTF16(bytes.dropFirst(2), littleEndian: little)
            diagnostics.append(Diagnostic(.warning, "utf16-input", "input is UTF-16; read as such, outputs are UTF-8", at: start))
        } else if let nul = bytes.firstIndex(of: 0) {
            let at = location(ofByte: nul - bytes.startIndex, in: Array(bytes))
            let message = "input looks binary (a NUL byte at \(at.line):\(at.column)); Protokoll reads minutes as text"
            return SourceText(text: "", diagnostics: [Diagnostic(.error, "binary-input", message, at: at)], isFatal: true)
        } else if let bad = firstInvalidUTF8(bytes) {
            let mixed = decodeMixed(bytes)
            if mixed.hasMultibyteUTF8 {
                // Mostly UTF-8 with a few bad bytes (a truncated or spliced file): only the bad bytes are repaired.
                text = mixed.text
                let all = Array(bytes)
                for offset in mixed.badOffsets.prefix(20) {
                    let at = location(ofByte: offset, in: all)
                    diagnostics.append(Diagnostic(
                        .warning, "bad-utf8-byte",
                        "byte 0x\(String(all[offset], radix: 16, uppercase: true)) is not UTF-8; read as Windows-1252 “\(windows1252(all[offset]))”",
                        at: at))
                }
                if mixed.badOffsets.count > 20 {
                    diagnostics.append(Diagnostic(.warning, "bad-utf8-byte", "\(mixed.badOffsets.count - 20) more bytes that are not UTF-8, read the same way", at: start))
                }
            } else {
                let at = location(ofByte: bad, in: Array(bytes))
                text = decodeWindows1252(bytes)
                diagnostics.append(Diagnostic(
                    .warning, "not-utf8",
                    "input is not valid UTF-8 (first bad byte at \(at.line):\(at.column)); read as Windows-1252/ISO-8859-1",
                    at: at))
            }
        } else {
            text = String(decoding: bytes, as: UTF8.self)
        }
        return clean(text, diagnostics: diagnostics)
    }

    /// Normalises line endings, replaces control characters and normalises to NFC.
    private static func clean(_ text: String, diagnostics initial: [Diagnostic]) -> SourceText {
        var diagnostics = initial
        if isClean(text) {
            // Nothing to repair (the common case): the loop below would copy every scalar unchanged.
            let isFatal = looksBinary(text)
            if isFatal {
                diagnostics.append(Diagnostic(.error, "binary-input", "input looks binary, not text", at: SourceLocation(line: 1, column: 1)))
            }
            return SourceText(text: text, diagnostics: diagnostics, isFatal: isFatal)
        }
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.unicodeScalars.count)
        var line = 1, column = 1
        var sawLoneCR = false
        var controls = 0, controlLocations: [SourceLocation] = []
        var needsNFC = false
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v == 0x0A {
                if previousWasCR { previousWasCR = false; continue }
                out.append(scalar); line += 1; column = 1
                continue
            }
            if previousWasCR { sawLoneCR = true }
            previousWasCR = false
            if v == 0x0D {
                previousWasCR = true
                out.append("\n"); line += 1; column = 1
                continue
            }
            if ControlCharacters.isRefused(scalar) {
                controls += 1
                if controlLocations.count < 3 { controlLocations.append(SourceLocation(line: line, column: column)) }
                out.append("\u{FFFD}")
                column += 1
                continue
            }
            if v >= 0x300, !isNFCInert(v) { needsNFC = true }
            out.append(scalar)
            column += 1
        }
        if previousWasCR { sawLoneCR = true }
        if sawLoneCR {
            diagnostics.append(Diagnostic(.note, "cr-line-endings", "classic Mac (CR) line endings read as line breaks", at: SourceLocation(line: 1, column: 1)))
        }
        if controls > 0, let first = controlLocations.first {
            let more = controls > 1 ? " (\(controls) in all)" : ""
            diagnostics.append(Diagnostic(
                .warning, "control-character",
                "control character replaced by U+FFFD\(more); XML and Word refuse them", at: first))
        }
        var result = String(out)
        if needsNFC { result = result.precomposedStringWithCanonicalMapping }
        let isFatal = looksBinary(result)
        if isFatal {
            diagnostics.append(Diagnostic(.error, "binary-input", "input looks binary, not text", at: SourceLocation(line: 1, column: 1)))
        }
        return SourceText(text: result, diagnostics: diagnostics, isFatal: isFatal)
    }

    /// Whether `clean` would change nothing: no CR, no refused control character, no scalar NFC could alter.
    private static func isClean(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F { return false }
                    index += 1
                } else if byte < 0xE0 {
                    // Two bytes: U+0080–U+07FF. C1 controls (C2 80–9F) are refused; from U+0300 (CC 80) NFC may act.
                    if byte >= 0xCC || (byte == 0xC2 && bytes[index + 1] < 0xA0) { return false }
                    index += 2
                } else if byte < 0xF0 {
                    let scalar = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    if !isNFCInert(scalar) { return false }
                    index += 3
                } else {
                    return false
                }
            }
            return true
        }
    }

    /// Scalars from U+0300 up that NFC leaves as they are wherever they stand, checked against Unicode's data:
    /// general punctuation (dashes, quotes, bullets; not U+2000–2001), super- and subscripts, currency signs,
    /// arrows, mathematical operators, box drawing, U+FEFF and U+FFFD. (U+FFFE and U+FFFF are refused, not here.)
    private static func isNFCInert(_ v: UInt32) -> Bool {
        (0x2002...0x20C0).contains(v) || (0x2190...0x22FF).contains(v) || (0x2500...0x25FF).contains(v) || v == 0xFEFF || v == 0xFFFD
    }

    /// More than one character in ten replaced or unprintable: not minutes.
    private static func looksBinary(_ text: String) -> Bool {
        var total = 0, bad = 0
        for scalar in text.unicodeScalars.prefix(65_536) {
            total += 1
            if scalar == "\u{FFFD}" { bad += 1 }
        }
        return bad >= 8 && bad * 10 > total
    }

    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            guard let length = utf8SequenceLength(bytes, at: i) else { return i - bytes.startIndex }
            i += length
        }
        return nil
    }

    /// The length of the well-formed UTF-8 sequence starting at `i`, or nil when the byte there starts none.
    private static func utf8SequenceLength(_ bytes: ArraySlice<UInt8>, at i: Int) -> Int? {
        let b = bytes[i]
        if b < 0x80 { return 1 }
        let length: Int
        switch b {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return nil
        }
        guard i + length <= bytes.endIndex else { return nil }
        for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return nil }
        let b1 = bytes[i + 1]
        if (b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 > 0x9F) || (b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 > 0x8F) {
            return nil
        }
        return length
    }

    /// Well-formed UTF-8 sequences as UTF-8, every other byte as Windows-1252; the offsets of those bytes, and
    /// whether any multi-byte UTF-8 sequence was seen (if none, the file is simply Windows-1252).
    private static func decodeMixed(_ bytes: ArraySlice<UInt8>) -> (text: String, badOffsets: [Int], hasMultibyteUTF8: Bool) {
        var scalars = String.UnicodeScalarView()
        var bad: [Int] = []
        var multibyte = false
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if let length = utf8SequenceLength(bytes, at: i) {
                if length > 1 { multibyte = true }
                var decoder = UTF8()
                var iterator = bytes[i..<(i + length)].makeIterator()
                if case .scalarValue(let scalar) = decoder.decode(&iterator) { scalars.append(scalar) }
                i += length
            } else {
                bad.append(i - bytes.startIndex)
                scalars.append(windows1252(bytes[i]))
                i += 1
            }
        }
        return (String(scalars), bad, multibyte)
    }

    private static func windows1252(_ b: UInt8) -> Unicode.Scalar {
        Unicode.Scalar((0x80...0x9F).contains(b) ? windows1252High[Int(b) - 0x80] : UInt32(b)) ?? "\u{FFFD}"
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    private static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes { scalars.append(windows1252(b)) }
        return String(scalars)
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Line and column (in characters, counting each undecodable byte as one) of a byte offset.
    static func location(ofByte offset: Int, in bytes: [UInt8]) -> SourceLocation {
        var line = 1, column = 1
        var i = 0
        while i < offset && i < bytes.count {
            let b = bytes[i]
            if b == 0x0A || (b == 0x0D && (i + 1 >= bytes.count || bytes[i + 1] != 0x0A)) {
                line += 1; column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return SourceLocation(line: line, column: column)
    }
}
