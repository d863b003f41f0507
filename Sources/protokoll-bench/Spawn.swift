import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One child process, waited for with `wait4` so its own peak memory is known (Foundation's `Process` hides it).
struct Spawned {
    var seconds: Double
    /// The child's peak resident set, in KiB (`ru_maxrss`).
    var peakKiB: Int
    var status: Int32

    /// Runs `executable` with `arguments`, standard output and error to /dev/null.
    static func run(_ executable: String, _ arguments: [String]) throws -> Spawned {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchError("cannot start \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Spawned(seconds: seconds, peakKiB: usage.ru_maxrss, status: status)
    }

    /// Runs `executable` and fails unless it exits 0.
    @discardableResult
    static func succeed(_ executable: String, _ arguments: [String]) throws -> Spawned {
        let result = try run(executable, arguments)
        guard result.status == 0 else {
            throw BenchError("\(executable) \(arguments.joined(separator: " ")) exited with wait status \(result.status)")
        }
        return result
    }
}

/// A benchmark that cannot go on, with the reason.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
