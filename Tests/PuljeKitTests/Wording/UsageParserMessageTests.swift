import Testing
@testable import PuljeKit

/// swift-argument-parser tells its parse errors in English only; the common ones are read back
/// into usage texts with a Danish sentence, and an English run shows the library's words.
@Suite struct UsageParserMessageTests {
    static let recognised: [(String, UsageText, String)] = [
        ("Unknown option '--nosuch'", .unknownOption("--nosuch", suggestion: nil), "Ukendt tilvalg '--nosuch'."),
        (
            "Unknown option '--formt'. Did you mean '--format'?", .unknownOption("--formt", suggestion: "--format"),
            "Ukendt tilvalg '--formt'. Mente du '--format'?"
        ),
        ("Missing value for '--format <format>'", .missingValue("--format <format>"), "'--format <format>' mangler sin værdi."),
        ("Unexpected argument 'extra'", .unexpectedArguments(["extra"]), "Uventet argument 'extra'."),
        ("2 unexpected arguments: 'a', 'b'", .unexpectedArguments(["a", "b"]), "2 uventede argumenter: 'a', 'b'."),
        ("Missing expected argument '<data>'", .missingArgument("<data>"), "Argumentet '<data>' mangler."),
        (
            "The value 'xml' is invalid for '--format <format>'", .invalidValue("xml", option: "--format <format>", choices: []),
            "Værdien 'xml' er ugyldig for '--format <format>'."
        ),
        (
            "The value 'xx' is invalid for '--lang <lang>'. Please provide one of 'da' and 'en'.",
            .invalidValue("xx", option: "--lang <lang>", choices: ["da", "en"]),
            "Værdien 'xx' er ugyldig for '--lang <lang>'. Angiv 'da' eller 'en'."
        ),
        (
            "The value 'x' is invalid for '--kind <kind>'. Please provide one of 'a', 'b' or 'c'.",
            .invalidValue("x", option: "--kind <kind>", choices: ["a", "b", "c"]),
            "Værdien 'x' er ugyldig for '--kind <kind>'. Angiv 'a', 'b' eller 'c'."
        ),
        (
            "The option '--check' does not take any value, but 'yes' was specified.",
            .valueNotTaken(option: "--check", value: "yes"), "Tilvalget '--check' tager ingen værdi, men fik 'yes'."
        ),
    ]

    @Test func theCommonParseErrorsAreRecognisedAndToldInDanish() {
        for (message, text, danish) in Self.recognised {
            #expect(UsageText(parserMessage: message) == text)
            #expect(text.danish == danish)
        }
    }

    @Test func anEnglishRunShowsTheLibrarysOwnWords() {
        for (message, text, _) in Self.recognised {
            #expect(text.english == message)
        }
    }

    @Test func anUnknownParseErrorStaysAsTheLibraryWroteIt() {
        let message = "Value to be set with flag '--check' had already been set with flag '--check'"
        #expect(UsageText(parserMessage: message) == .parser(message))
        #expect(UsageText.parser(message).danish == message)
    }
}
