/// The problems of one file as it is read, in bounded memory: the first `keptPerCode` of each
/// code are kept, the rest only counted, exactly (README, Limits). A sheet of two million
/// rejected rows keeps a thousand problems and the number of the others, never the others
/// themselves; `problems.csv` lists them all by reading such a file once more
/// (`ProblemListing`), with each problem handed on as it comes and none kept.
public struct ProblemLog: Sendable {
    /// Problems of one code kept per file: more than anyone reads, few enough that a file of
    /// rejected rows stays small in memory.
    public static let keptPerCode = 1_000

    /// The problems kept, in the order met.
    public private(set) var kept: [Problem] = []
    /// Problems not kept, by code (never more than the codes met).
    public private(set) var omitted: [String: OmittedProblems] = [:]
    private var keptByCode: [String: Int] = [:]
    /// When set, every problem goes here instead of being kept (the second reading).
    let handOn: (@Sendable (Problem) -> Void)?

    init(handingOn handOn: (@Sendable (Problem) -> Void)? = nil) {
        self.handOn = handOn
    }

    mutating func append(_ problem: Problem) {
        if let handOn { return handOn(problem) }
        let code = problem.code
        let count = keptByCode[code, default: 0]
        if count < Self.keptPerCode {
            keptByCode[code] = count + 1
            kept.append(problem)
        } else {
            omitted[code, default: OmittedProblems(file: problem.location.file, code: code, severity: problem.severity)]
                .count += 1
        }
    }

    /// Replaces everything met so far by one problem that stands for the whole file (a CPR
    /// number, a sheet that is not one): nothing else from it is shown.
    mutating func replaceAll(with problem: Problem) {
        kept = []
        omitted = [:]
        keptByCode = [:]
        if let handOn { return handOn(problem) }
        append(problem)
    }

    /// True when some problems were counted, not kept.
    public var hasOmissions: Bool { !omitted.isEmpty }
}

/// Problems of one code in one file that were counted but not kept (`ProblemLog`).
public struct OmittedProblems: Sendable, Hashable {
    public let file: String
    public let code: String
    public let severity: Severity
    public internal(set) var count = 0
}
