internal import CLibXML2

/// Streams XML into memory through libxml2's `xmlTextWriter`: escaping is libxml2's, output is unindented
/// (mixed content stays exact), and characters XML 1.0 forbids become U+FFFD and are counted.
///
/// A class because it owns libxml2 state; not `Sendable`: use one writer from one task.
public final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: OpaquePointer
    private var openElements = 0
    private var inStartTag = false
    private var hasContent = false
    private var finished = false

    /// How many forbidden characters text and attribute values had (each became U+FFFD).
    public private(set) var replacedCharacters = 0

    /// A writer over a fresh in-memory buffer.
    public init() throws {
        _ = LibXML.initialized
        guard let buffer = xmlBufferCreate() else { throw XMLError.writerUnavailable }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw XMLError.writerUnavailable
        }
        self.buffer = buffer
        self.writer = writer
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Writes `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`; must come first.
    public func startDocument() throws {
        try requireOpen("startDocument")
        guard !hasContent else { throw XMLError.writeFailed("startDocument after content") }
        hasContent = true
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", "yes"), "startDocument")
    }

    /// Opens element `name` (a qualified name such as `text:p`).
    public func startElement(_ name: String) throws {
        try requireOpen("startElement")
        hasContent = true
        inStartTag = true
        openElements += 1
        try check(name.withXMLChars { xmlTextWriterStartElement(writer, $0) }, "startElement \(name)")
    }

    /// Adds an attribute to the element just opened; the value is escaped and sanitised.
    public func attribute(_ name: String, _ value: String) throws {
        try requireOpen("attribute")
        guard inStartTag else { throw XMLError.writeFailed("attribute \(name) outside a start tag") }
        let result = name.withXMLChars { namePointer in
            withSanitizedXMLChars(value) { xmlTextWriterWriteAttribute(writer, namePointer, $0) }
        }
        try check(result, "attribute \(name)")
    }

    /// Writes character data, escaped and sanitised.
    public func text(_ s: String) throws {
        try requireOpen("text")
        inStartTag = false
        hasContent = true
        try check(withSanitizedXMLChars(s) { xmlTextWriterWriteString(writer, $0) }, "text")
    }

    /// Closes the innermost open element (as `<x/>` when it is empty).
    public func endElement() throws {
        try requireOpen("endElement")
        guard openElements > 0 else { throw XMLError.writeFailed("endElement without an open element") }
        openElements -= 1
        inStartTag = false
        try check(xmlTextWriterEndElement(writer), "endElement")
    }

    /// Writes a whole element: start tag, attributes in the given order, optional text, end tag.
    public func element(_ name: String, attributes: [(String, String)] = [], text: String? = nil) throws {
        try startElement(name)
        for (attributeName, value) in attributes {
            try attribute(attributeName, value)
        }
        if let text {
            try self.text(text)
        }
        try endElement()
    }

    /// Closes every open element, ends the document and returns its UTF-8 bytes; the writer is then spent.
    public func finish() throws -> [UInt8] {
        try requireOpen("finish")
        finished = true
        let ended = LibXML.collectingErrors { _ in
            xmlTextWriterEndDocument(writer) >= 0 && xmlTextWriterFlush(writer) >= 0
        }
        guard ended, let content = xmlBufferContent(buffer) else { throw XMLError.writeFailed("finish") }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
    }

    private func requireOpen(_ operation: String) throws {
        guard !finished else { throw XMLError.writeFailed("\(operation) after finish") }
    }

    private func check(_ result: Int32, _ operation: String) throws {
        guard result >= 0 else { throw XMLError.writeFailed(operation) }
    }

    /// Calls `body` with a NUL-terminated UTF-8 copy of `s` that holds no forbidden character.
    /// Clean strings (the usual case) are passed without copying.
    private func withSanitizedXMLChars(_ s: String, _ body: (UnsafePointer<xmlChar>) -> Int32) -> Int32 {
        // Bridged strings without contiguous UTF-8 take the slow scan.
        let isClean = s.utf8.withContiguousStorageIfAvailable { XMLText.firstIllegalOffset(in: $0) == nil }
            ?? (XMLText.sanitized(s).replaced == 0)
        guard !isClean else { return s.withXMLChars(body) }
        var copy = s
        let (fixed, replaced) = copy.withUTF8 { utf8 in
            XMLText.replacingIllegal(in: utf8, from: XMLText.firstIllegalOffset(in: utf8) ?? utf8.count)
        }
        replacedCharacters += replaced
        let bytes = fixed + [0]
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return -1 }
            return body(base)
        }
    }
}

@available(*, unavailable, message: "XMLWriter owns libxml2 state; use one per task")
extension XMLWriter: Sendable {}

extension String {
    /// Calls `body` with the string's NUL-terminated UTF-8 as libxml2's `xmlChar`.
    func withXMLChars<R>(_ body: (UnsafePointer<xmlChar>) throws -> R) rethrows -> R {
        try withCString { try body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }
}
