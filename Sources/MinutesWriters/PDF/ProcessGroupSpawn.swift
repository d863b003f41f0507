import Foundation
import Synchronization

/// Starts a program as the leader of a new process group (so a deadline can kill it with everything it starts),
/// its environment the caller's plus `environment`. Spawns are serialised: a caller that makes pipes does so
/// under the same lock, so no child inherits another's pipe ends before they are close-on-exec.
enum ProcessGroupSpawn {
    static let lock = Mutex(())

    /// The child's pid; `redirect` adds the file actions for its standard streams, `beforeSpawn` runs under the lock.
    static func start(_ executable: String, _ arguments: [String], environment: [String: String],
                      redirect: (inout posix_spawn_file_actions_t) -> Void, beforeSpawn: () throws -> Void = {}) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        var merged = ProcessInfo.processInfo.environment
        merged.merge(environment) { $1 }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = merged.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = try lock.withLock { _ -> Int32 in
            try beforeSpawn()
            redirect(&actions)
            return posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        }
        guard spawned == 0 else {
            throw WriterError.failed(format: "pdf", reason: "cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        return pid
    }
}
