import Testing
@testable import Protokoll

@Suite struct OrderedWorkTests {
    @Test(arguments: [1, 2, 4, 16])
    func resultsArriveInOrder(jobs: Int) {
        var seen: [Int] = []
        OrderedWork.run(count: 2_000, jobs: jobs, work: { $0 * 3 }, deliver: { index, value in
            #expect(value == index * 3)
            seen.append(index)
        })
        #expect(seen == Array(0..<2_000))
    }

    @Test func nothingToDoDeliversNothing() {
        var count = 0
        OrderedWork.run(count: 0, jobs: 4, work: { $0 }, deliver: { _, _ in count += 1 })
        #expect(count == 0)
    }
}
