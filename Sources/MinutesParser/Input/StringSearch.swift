extension StringProtocol {
    /// Whether `needle` occurs in the text, compared byte for byte over UTF-8. The parser's text is NFC and its
    /// needles are NFC literals, so this answers as Foundation's `contains` does (also false for an empty needle),
    /// without bridging each call through NSString (which was a tenth of all parsing time).
    func contains(_ needle: String) -> Bool {
        guard !needle.isEmpty else { return false }
        return StringSearch.find(needle, in: self, foldingASCIICase: false)
    }
}

extension StringProtocol {
    /// Whether `needle` (lowercase ASCII) occurs in the text with ASCII letters of either case: a byte prefilter
    /// before the word-by-word tests of a recognizer.
    func containsIgnoringASCIICase(_ needle: String) -> Bool {
        StringSearch.find(needle, in: self, foldingASCIICase: true)
    }
}

enum StringSearch {
    /// `find` over the UTF-8 of `needle` and `text` (copied only when the text is not contiguous).
    static func find(_ needle: String, in text: some StringProtocol, foldingASCIICase: Bool) -> Bool {
        var pattern = needle
        return pattern.withUTF8 { needleBytes in
            if let found = text.utf8.withContiguousStorageIfAvailable({ find(needleBytes, in: $0, foldingASCIICase: foldingASCIICase) }) {
                return found
            }
            return Array(text.utf8).withUnsafeBufferPointer { find(needleBytes, in: $0, foldingASCIICase: foldingASCIICase) }
        }
    }

    /// Whether `needle` (non-empty; lowercase when folding) occurs in `haystack`.
    static func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, foldingASCIICase: Bool = false) -> Bool {
        guard needle.count <= haystack.count, let first = needle.first else { return false }
        @inline(__always) func fold(_ byte: UInt8) -> UInt8 { foldingASCIICase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if fold(haystack[start]) == first {
                var offset = 1
                while offset < needle.count, fold(haystack[start + offset]) == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}
