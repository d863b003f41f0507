import Testing
@testable import SwedishTypography

@Suite struct TypographerMarksTests {
    @Test(arguments: [
        ("§3", "§~3"),
        ("§ 3", "§~3"),
        ("§  3", "§~3"),
        ("§\u{202F}3", "§~3"),
        ("§§ 1-5", "§§~1–5"),
        ("§§1-5, 7", "§§~1–5, 7"),
        ("enligt § 12 i stadgarna", "enligt §~12 i stadgarna"),
        ("§ 163", "§~163"),
        ("§", "§"),
        ("§ a", "§ a"),
        ("§\n3", "§\n3"),
    ])
    func sectionSign(input: String, expected: String) {
        #expect(typeset(input) == nb(expected))
    }

    @Test(arguments: [
        ("\"Bra\"", "”Bra”"),
        ("Hon sa \"nej\" till förslaget.", "Hon sa ”nej” till förslaget."),
        ("\"Han sa 'ja' igår\"", "”Han sa ’ja’ igår”"),
        ("'citat'", "’citat’"),
        ("spec'ade", "spec’ade"),
        ("Anna's", "Anna’s"),
        ("”redan” och ’redan’", "”redan” och ’redan’"),
        ("»gåsögon«", "»gåsögon«"),
    ])
    func quotes(input: String, expected: String) {
        #expect(typeset(input) == expected)
    }

    @Test(arguments: [
        ("Förslaget - som bordlades - antogs.", "Förslaget – som bordlades – antogs."),
        ("a - b", "a – b"),
        ("ja - nej", "ja – nej"),
        ("slut. - Nästa", "slut. – Nästa"),
        ("text - \nmer", "text - \nmer"),
    ])
    func parentheticalDash(input: String, expected: String) {
        #expect(typeset(input) == expected)
    }

    @Test(arguments: [
        "- punkt ett", "- punkt ett\n- punkt två", "Rubrik\n- punkt", "  - indragen", "a -b", "a- b", "a -- b", "slut -",
        "\t- tab",
    ])
    func hyphensThatAreNotDashes(input: String) {
        #expect(typeset(input) == input)
    }
}
