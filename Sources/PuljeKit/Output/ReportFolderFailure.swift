extension ReportFolder {
    /// Why a folder was not written: refused before anything was written, or a write that
    /// failed (then the previous folder is untouched). Its sentence is `FailureMessage`'s (exit 2).
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// The path is a file (or something else that is not a folder).
        case isFile(path: String)
        /// A folder without pulje's marker that holds something.
        case notOwned(path: String, examples: [String], count: Int)
        /// A folder pulje wrote that now also holds files it did not write.
        case holdsOtherFiles(path: String, examples: [String], count: Int)
        /// A folder pulje wrote for the other purpose (a data set where a report goes).
        case otherKind(path: String, kind: Kind)
        /// The path is a folder or file the run reads.
        case isInput(path: String, input: String)
        /// The path holds a folder or file the run reads.
        case holdsInput(path: String, input: String)
        /// The path lies inside a data folder the run reads.
        case insideInput(path: String, input: String)
        /// A symbolic link to nothing.
        case danglingLink(path: String)
        /// Symbolic links that lead round in a loop.
        case linkLoop(path: String)
        /// The root folder.
        case isRoot(path: String)
        /// A mount point, which cannot be swapped.
        case mountPoint(path: String)
        /// The operating system refused a step, or pulje found the folder changed under it.
        case cannotWrite(path: String, reason: FailureReason)

        /// The English sentence, for logs and test output.
        public var description: String { FailureMessage(self).sentence(.english) }
    }
}

extension ReportFolder.Kind {
    /// The command that writes a folder of this kind.
    var command: String { self == .data ? "generate" : rawValue }
}
