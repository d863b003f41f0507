/// Rules for entry names: what may be written, what may be extracted safely.
enum ZipEntryName {
    /// Throws unless `name` stays inside the archive root: not empty, not absolute, no `..`
    /// component, no backslash, no drive letter, no NUL.
    static func checkSafe(_ name: String) throws {
        func refuse(_ reason: String) -> ZipError { .unsafeEntryName(name, reason: reason) }
        guard !name.isEmpty else { throw refuse("empty name") }
        let utf8 = name.utf8
        if utf8.contains(0) { throw refuse("contains a NUL byte") }
        if utf8.contains(UInt8(ascii: "\\")) { throw refuse("contains a backslash") }
        if utf8.first == UInt8(ascii: "/") { throw refuse("absolute path") }
        let components = name.split(separator: "/", omittingEmptySubsequences: false)
        if components.contains("..") { throw refuse("'..' escapes the archive root") }
        if let first = components.first, first.utf8.count == 2, first.utf8.last == UInt8(ascii: ":") {
            throw refuse("drive letter")
        }
    }

    /// Whether the name needs the UTF-8 flag (bit 11): it has a non-ASCII byte.
    static func needsUTF8Flag(_ name: String) -> Bool {
        name.utf8.contains { $0 >= 0x80 }
    }
}
