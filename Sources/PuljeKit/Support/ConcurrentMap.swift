import Dispatch

extension Array where Element: Sendable {
    /// `map` on all cores: each element is transformed by one task, which writes its result to
    /// its own slot, so the results keep the elements' order. For independent work of some
    /// size (a file to read, a project to aggregate, a report file to write).
    func concurrentMap<Result>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let slots = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer {
            slots.deinitialize()
            slots.deallocate()
        }
        nonisolated(unsafe) let output = slots
        DispatchQueue.concurrentPerform(iterations: count) { index in
            output[index] = transform(self[index])
        }
        return slots.map { $0! }
    }
}
