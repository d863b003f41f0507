import Foundation
import OfficePackaging

/// One E-ARK submission information package: its id (the root folder's name) and its files, written in a fixed
/// order with a fixed time so that an unchanged input reproduces the package byte for byte.
public struct SubmissionPackage: Sendable {
    /// One file, by its path inside the root folder.
    public struct File: Sendable {
        /// "representations/rep1/data/x.pdf".
        public let path: String
        /// The bytes.
        public let bytes: [UInt8]
    }

    /// The package id, e.g. "uuid-…".
    public let id: String
    /// The files, sorted by path.
    public let files: [File]
    /// The moment stamped on zip entries.
    public let timestamp: ZipTimestamp

    init(id: String, files: [File], timestamp: ZipTimestamp) {
        self.id = id
        self.files = files.sorted { $0.path < $1.path }
        self.timestamp = timestamp
    }

    /// The package as a zip holding the root folder (E-ARK allows a package "contained in an archive").
    public func zip() throws -> [UInt8] {
        var zip = ZipWriter(timestamp: timestamp)
        for file in files { try zip.add(id + "/" + file.path, file.bytes, method: .deflated) }
        return zip.finish()
    }

    /// Writes the root folder into `parent`: built beside it under a temporary name, then renamed, so a reader
    /// never sees half a package; an existing package of the same id is replaced whole.
    public func write(into parent: String) throws {
        let target = (parent as NSString).appendingPathComponent(id)
        let staging = (parent as NSString).appendingPathComponent(".\(id).\(UUID().uuidString).protokoll-tmp")
        let fm = FileManager.default
        try? fm.removeItem(atPath: staging)
        try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
        do {
            for file in files {
                let path = (staging as NSString).appendingPathComponent(file.path)
                try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                guard fm.createFile(atPath: path, contents: Data(file.bytes)) else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
            }
            if fm.fileExists(atPath: target) {
                let old = staging + "-old"
                try fm.moveItem(atPath: target, toPath: old)
                try fm.moveItem(atPath: staging, toPath: target)
                try? fm.removeItem(atPath: old)
            } else {
                try fm.moveItem(atPath: staging, toPath: target)
            }
        } catch {
            try? fm.removeItem(atPath: staging)
            throw error
        }
    }
}
