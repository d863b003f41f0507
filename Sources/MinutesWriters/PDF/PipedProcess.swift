import Foundation

/// A long-running child in its own process group that answers one line per line it is sent, each answer
/// awaited with a deadline; on a missed deadline or a closed pipe the whole group is killed.
final class PipedProcess {
    private let pid: pid_t
    private let input: Int32
    private let output: Int32
    private var buffer: [UInt8] = []
    private(set) var isAlive = true

    init(_ executable: String, _ arguments: [String], environment: [String: String]) throws {
        var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0]
        let child: pid_t
        do {
            child = try ProcessGroupSpawn.start(executable, arguments, environment: environment, redirect: { actions in
                posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
                posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
                posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
                for fd in toChild + fromChild { posix_spawn_file_actions_addclose(&actions, fd) }
            }, beforeSpawn: {
                guard pipe(&toChild) == 0 else {
                    toChild = [0, 0]
                    throw PipedProcess.pipeFailure()
                }
                guard pipe(&fromChild) == 0 else {
                    fromChild = [0, 0]
                    throw PipedProcess.pipeFailure()
                }
                // The parent's ends stay out of every later child (their input would never close).
                _ = fcntl(toChild[1], F_SETFD, FD_CLOEXEC)
                _ = fcntl(fromChild[0], F_SETFD, FD_CLOEXEC)
            })
        } catch {
            // Descriptors 0–2 are never a pipe made here: [0, 0] marks one not made.
            for fd in toChild + fromChild where fd > 2 { close(fd) }
            throw error
        }
        close(toChild[0])
        close(fromChild[1])
        pid = child
        input = toChild[1]
        output = fromChild[0]
    }

    private static func pipeFailure() -> WriterError {
        .failed(format: "pdf", reason: "cannot make a pipe: \(String(cString: strerror(errno)))")
    }

    /// Sends `line` (without its newline) and waits for the answer line, at most `timeout` seconds.
    func ask(_ line: String, timeout: Double) -> String? {
        guard isAlive else { return nil }
        let bytes = Array((line + "\n").utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Foundation.write(input, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { stop(); return nil }
            sent += count
        }
        return answer(timeout: timeout)
    }

    /// The next line the child prints, or nil (and the child killed) after `timeout` seconds or at its end.
    func answer(timeout: Double) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while isAlive {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return line
            }
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { break }
            var descriptor = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(min(left, 1) * 1000) + 1)
            if ready < 0 && errno == EINTR { continue }
            guard ready >= 0 else { break }
            if ready == 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            buffer += chunk[..<count]
        }
        stop()
        return nil
    }

    /// Kills the child's process group and reaps it.
    func stop() {
        guard isAlive else { return }
        isAlive = false
        close(input)
        close(output)
        killpg(pid, SIGKILL)
        var status: Int32 = 0
        _ = waitpid(pid, &status, 0)
    }

    deinit { stop() }
}
