/// The colours of `report.html`'s charts. The traffic lights use the Okabe-Ito palette, which
/// stays distinguishable with the common colour-vision deficiencies; their meaning is also
/// carried by text (direct labels, legends, titles), never by colour alone (issue 7).
enum ChartPalette {
    static func fill(_ light: TrafficLight) -> String {
        switch light {
        case .green: "#009E73"  // bluish green
        case .yellow: "#F0E442"
        case .red: "#D55E00"  // vermillion
        }
    }

    /// Scale means and their interval bands.
    static let line = "#0072B2"
    static let band = "#56B4E9"
    /// The impact phase's background.
    static let impact = "#FFF1D6"
    static let axis = "#555555"
    static let grid = "#DDDDDD"
    static let suppressed = "#BBBBBB"
}
