import Foundation

/// Runs work items on several threads and hands the results back in item order, holding at most a small window of
/// finished results: a batch of any size uses all cores with memory that does not grow with the batch.
package enum OrderedWork {
    /// Calls `work` for 0..<count on `jobs` threads and `deliver` on the calling thread, in index order.
    package static func run<Result: Sendable>(
        count: Int, jobs: Int, work: @escaping @Sendable (Int) -> Result, deliver: (Int, Result) -> Void
    ) {
        guard jobs > 1, count > 1 else {
            for index in 0..<count { deliver(index, work(index)) }
            return
        }
        let state = State<Result>(window: jobs * 4)
        for _ in 0..<min(jobs, count) {
            let thread = Thread {
                while let index = state.take(limit: count) {
                    state.finish(index, work(index))
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        for index in 0..<count { deliver(index, state.wait(for: index)) }
    }

    /// The shared queue of indices and the finished results, behind one condition.
    private final class State<Result: Sendable>: @unchecked Sendable {
        private let condition = NSCondition()
        private let window: Int
        private var taken = 0
        private var delivered = 0
        private var finished: [Int: Result] = [:]

        init(window: Int) { self.window = window }

        /// The next index to work on, waiting while `window` results are ahead of delivery; nil when none is left.
        func take(limit: Int) -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while taken < limit && taken >= delivered + window { condition.wait() }
            guard taken < limit else { return nil }
            taken += 1
            return taken - 1
        }

        func finish(_ index: Int, _ result: Result) {
            condition.lock()
            finished[index] = result
            condition.broadcast()
            condition.unlock()
        }

        func wait(for index: Int) -> Result {
            condition.lock()
            defer { condition.unlock() }
            while true {
                if let result = finished.removeValue(forKey: index) {
                    delivered += 1
                    condition.broadcast()
                    return result
                }
                condition.wait()
            }
        }
    }
}
