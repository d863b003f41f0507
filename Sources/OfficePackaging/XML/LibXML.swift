internal import CLibXML2

/// One-time libxml2 set-up and scoped error capture, so libxml2 never prints to stderr for our calls.
enum LibXML {
    /// Initialises the parser once per process and refuses network access for every entity and include
    /// libxml2 loads (schemas included): validation must work offline.
    static let initialized: Bool = {
        xmlInitParser()
        xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader)
        return true
    }()

    /// Parser options for every document we read: no network, no error printing.
    static let parseOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    /// Runs `body` with this thread's libxml2 structured-error handler pointed at a fresh collector.
    ///
    /// libxml2 keeps the handler per thread, and `body` is synchronous, so concurrent callers on other
    /// threads keep their own handlers. Not reentrant: the handler is reset to libxml2's default on exit,
    /// so scopes must not nest (none do: each public entry point opens exactly one at a time).
    static func collectingErrors<T>(_ body: (LibXMLErrorCollector) throws -> T) rethrows -> T {
        _ = initialized
        let collector = LibXMLErrorCollector()
        xmlSetStructuredErrorFunc(collector.context, LibXMLErrorCollector.handler)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return try withExtendedLifetime(collector) { try body(collector) }
    }
}

/// Errors and warnings libxml2 reported during one operation.
final class LibXMLErrorCollector {
    /// One reported problem.
    struct Entry {
        let line: Int
        let message: String
        let isWarning: Bool
    }

    private(set) var entries: [Entry] = []

    /// Entries that are errors, not warnings.
    var errors: [Entry] { entries.filter { !$0.isWarning } }

    /// The pointer libxml2 hands back to `handler`.
    var context: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// The C callback that records into the collector behind `context`.
    static let handler: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        Unmanaged<LibXMLErrorCollector>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
    }

    /// Records a problem found by Swift code alongside libxml2's.
    func add(line: Int, message: String) {
        entries.append(Entry(line: line, message: message, isWarning: false))
    }

    private func record(_ error: xmlError) {
        var line = Int(error.line)
        if line == 0, let node = error.node {
            line = Int(xmlGetLineNo(node.assumingMemoryBound(to: xmlNode.self)))
        }
        let raw = error.message.map { String(cString: $0) } ?? "unknown libxml2 error \(error.code)"
        let message = String(raw.reversed().drop(while: \.isWhitespace).reversed())
        entries.append(Entry(line: max(line, 0), message: message, isWarning: error.level == XML_ERR_WARNING))
    }
}
