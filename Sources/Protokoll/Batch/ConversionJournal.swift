import Foundation
import OfficePackaging
import Synchronization

/// `.protokoll-journal.jsonl` in the output folder: one line per input whose outputs are on disk for good — its
/// path, SHA-256, the options' key and its outputs with their SHA-256. Outputs are synced in batches (one
/// `syncfs` per checkpoint) before their lines are appended, so a line never names a file a crash could lose.
/// `--resume` skips an input whose line matches its bytes, the options and the files still on disk.
public final class ConversionJournal: Sendable {
    /// The journal's file name.
    public static let name = ".protokoll-journal.jsonl"
    /// Records between checkpoints.
    static let batch = 64

    private struct Entry: Sendable {
        let sha256: String
        let options: String
        let outputs: [String: String]
    }

    private let path: String
    private let folder: String
    private let options: String
    private let done: [String: Entry]
    private let pending = Mutex<[String]>([])

    /// The SHA-256 of `bytes` in hex, as the journal records it.
    public static func digest(_ bytes: [UInt8]) -> String { SHA256.hex(bytes) }

    /// Opens (reading what earlier runs recorded) the journal of `folder` for runs with `options`.
    public init(folder: String, options: String) {
        self.folder = folder
        self.path = (folder as NSString).appendingPathComponent(ConversionJournal.name)
        self.options = options
        var done: [String: Entry] = [:]
        if let text = try? String(contentsOfFile: path, encoding: .utf8) {
            for line in text.split(separator: "\n") {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let input = object["input"] as? String, let sha = object["sha256"] as? String,
                      let key = object["options"] as? String, let outputs = object["outputs"] as? [String: String] else { continue }
                done[input] = Entry(sha256: sha, options: key, outputs: outputs)
            }
        }
        self.done = done
    }

    /// The outputs of an earlier run that converted these very bytes with these options, when they are all still
    /// on disk unchanged; nil when the input must be converted.
    func finishedOutputs(for input: InputSource, sha256: String) -> [String]? {
        guard let entry = done[CanonicalPath.of(input.path)], entry.sha256 == sha256, entry.options == options else { return nil }
        for (output, digest) in entry.outputs {
            guard let data = FileManager.default.contents(atPath: output), SHA256.hex(Array(data)) == digest else { return nil }
        }
        return entry.outputs.keys.sorted()
    }

    /// Notes a converted input; it reaches the journal at the next checkpoint.
    public func record(_ record: InputRecord) {
        guard record.succeeded, let sha = record.inputSHA256, !record.input.isStandardInput else { return }
        let object: [String: Any] = [
            "input": CanonicalPath.of(record.input.path), "sha256": sha, "options": options,
            "outputs": Dictionary(uniqueKeysWithValues: record.files.map { (CanonicalPath.of($0.path), $0.sha256) }),
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return }
        let count = pending.withLock { lines in
            lines.append(String(decoding: data, as: UTF8.self))
            return lines.count
        }
        if count >= ConversionJournal.batch { checkpoint() }
    }

    /// Syncs the output folder's file system, then appends the pending lines and syncs the journal.
    public func checkpoint() {
        let lines = pending.withLock { lines in
            defer { lines.removeAll() }
            return lines
        }
        guard !lines.isEmpty else { return }
        let directory = open(folder, O_RDONLY | O_DIRECTORY)
        if directory >= 0 {
            _ = linuxSyncfs(directory)
            close(directory)
        }
        let journal = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        guard journal >= 0 else { return }
        defer { close(journal) }
        let bytes = Array(lines.map { $0 + "\n" }.joined().utf8)
        _ = bytes.withUnsafeBytes { write(journal, $0.baseAddress, $0.count) }
        fsync(journal)
    }
}

/// glibc's `syncfs(2)`, which the Glibc module leaves out (it is a GNU extension): one call flushes the whole
/// file system the output folder is on.
@_silgen_name("syncfs")
private func linuxSyncfs(_ descriptor: Int32) -> Int32
