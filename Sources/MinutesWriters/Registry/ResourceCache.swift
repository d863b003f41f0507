import Synchronization

/// Bundled resources read once per process, not once per document: a batch of ten thousand documents reads
/// each house style's files one time.
final class ResourceCache<Value: Sendable>: Sendable {
    private let values = Mutex<[String: Value]>([:])

    /// The cached value for `key`, made by `load` the first time (a failure is not cached).
    func value(_ key: String, load: () throws -> Value) throws -> Value {
        if let known = values.withLock({ $0[key] }) { return known }
        let loaded = try load()
        values.withLock { $0[key] = loaded }
        return loaded
    }
}
