import Foundation

/// A program run in its own process group with a deadline: on timeout the whole group (LibreOffice's launcher and
/// the office process it starts) is killed, so a hang never outlives its conversion.
enum ChildProcess {
    struct Outcome {
        /// The exit status, or nil when the deadline killed it.
        let status: Int32?
        /// The last few kilobytes of its standard error and output.
        let messages: String
    }

    static func run(_ executable: String, _ arguments: [String], environment: [String: String], timeout: Double) throws -> Outcome {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("protokoll-child-\(getpid())-\(UUID().uuidString).log").path
        defer { unlink(log) }
        let pid = try ProcessGroupSpawn.start(executable, arguments, environment: environment) { actions in
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        }
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        var exited: Int32?
        while true {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid {
                exited = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
                break
            }
            if waited < 0 && errno != EINTR { break }
            if Date() >= deadline {
                killpg(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                break
            }
            usleep(20_000)
        }
        // A launcher may leave the office process behind in the group; it must not outlive the call.
        killpg(pid, SIGKILL)
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        return Outcome(status: exited, messages: String(text.suffix(4000)))
    }
}
