/// The names reports give the model's things (indicators, collaboration questions, traffic-light
/// colours, assessments, roles): Danish labels wherever Danish is shown, English ones in an
/// English run. Ids (`hjemmebesoeg`, `paedagog`) stay in CSV files and column names.
enum LabelText: WordedText {
    /// An indicator's short name for report tables: `Hjemmebesøg`.
    case indicator(Indicator)
    /// A collaboration question's short name for report tables: `Forældre inddraget`.
    case question(ScaleQuestion)
    /// A traffic-light colour, lower case: `grøn`.
    case light(TrafficLight)
    /// What an assessment is about, lower case: `trivsel`.
    case assessment(Assessment)
    /// A profession whose hours an activity costs: `pædagog`. A role the tables do not know
    /// (one a municipality's own wage file adds) is shown by its id.
    case role(Role)
}
