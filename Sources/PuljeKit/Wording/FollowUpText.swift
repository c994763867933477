/// The follow-up messages of quality.csv and `pulje validate --period` (issue 18): one
/// sentence per `QualityFlag`, saying what to ask the project.
public enum FollowUpText: WordedText, Hashable, Sendable {
    case message(QualityFlag)
}
