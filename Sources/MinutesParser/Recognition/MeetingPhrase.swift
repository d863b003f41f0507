/// Who met and where, read from a title or an opening sentence when no field says it:
/// "Protokoll fört vid datorföreningen Stackens höstmöte 2011, … klockan 19:30 i sal Q22 på KTH." gives the organ
/// "Datorföreningen Stacken" and the place "sal Q22 på KTH"; "Anteckningar från arbetsmöte i NGP-gruppen genomfört
/// över Zoom" gives "NGP-gruppen" and "Zoom".
enum MeetingPhrase {
    /// The organ: the genitive before the meeting ("Stackens höstmöte"), the name after it ("arbetsmöte i
    /// NGP-gruppen", "styrelsemöte för BRF Lönnen"), or the name before "styrelse hade" ("IX Styrelse hade …").
    static func organ(in text: String) -> String? {
        let words = text.split(separator: " ").map(String.init)
        let bare = words.map { $0.trimmingPunctuation.lowercased() }
        for (i, word) in bare.enumerated() where isMeeting(word) {
            var j = i - 1
            while j >= 0, adjectives.contains(bare[j]) || bare[j].allSatisfy({ $0.isNumber }) { j -= 1 }
            if j >= 0, let genitive = genitiveBase(words[j]) {
                var k = j
                while k > 0, !stops.contains(bare[k - 1]), j - k < 4 { k -= 1 }
                let name = (words[k..<j] + [genitive]).joined(separator: " ")
                return capitalised(name)
            }
            if i + 2 < words.count, ["i", "inom", "för", "hos"].contains(bare[i + 1]) {
                var name: [String] = []
                for word in words[(i + 2)...] {
                    let trimmed = word.trimmingPunctuation
                    guard let first = trimmed.first, first.isUppercase || (!name.isEmpty && trimmed.contains("-")) else { break }
                    name.append(trimmed)
                    if trimmed.count != word.count || name.count == 5 { break }
                }
                if !name.isEmpty { return name.joined(separator: " ") }
            }
        }
        // "IX Styrelse hade denna dag sitt första styrelsemöte".
        for i in 1..<min(4, max(1, bare.count - 1)) where bare[i].hasPrefix("styrelse") && ["hade", "höll", "har", "sammanträdde"].contains(bare[i + 1]) {
            let name = words[..<i]
            if name.allSatisfy({ $0.first?.isUppercase ?? false }) { return name.joined(separator: " ") }
        }
        return nil
    }

    /// The place: what follows the time after "i" or "på" ("klockan 19:30 i sal Q22 på KTH"), or the service after
    /// "över"/"via" ("genomfört över Zoom").
    static func place(in text: String) -> String? {
        let sentence = text.split(separator: "\n").joined(separator: " ")
        if let (_, _, range) = ProtocolHeader.timeRange(in: sentence) {
            let rest = sentence[range.upperBound...].trimmingSpaces
            for preposition in ["i ", "på "] where rest.hasPrefix(preposition) {
                var place = rest.dropFirst(preposition.count).trimmingSpaces
                if let end = place.range(of: ". ") { place = String(place[..<end.lowerBound]) }
                while let last = place.last, ".,;".contains(last) { place.removeLast() }
                return place.isEmpty ? nil : place
            }
        }
        for preposition in [" över ", " via "] {
            guard let range = sentence.range(of: preposition) else { continue }
            let words = sentence[range.upperBound...].split(separator: " ")
            guard let first = words.first, first.first?.isUppercase ?? false else { continue }
            let place = first.trimmingPunctuation
            return place.isEmpty ? nil : place
        }
        return nil
    }

    private static func isMeeting(_ word: String) -> Bool {
        ["möte", "mötet", "stämma", "stämman", "sammanträde", "sammanträdet"].contains { word.hasSuffix($0) }
    }

    /// "Stackens" → "Stacken", "Lönnens" → "Lönnen"; nil for a word that is no proper genitive.
    private static func genitiveBase(_ word: String) -> String? {
        guard word.count > 2, word.hasSuffix("s"), let first = word.first, first.isUppercase else { return nil }
        let base = word.hasSuffix(":s") ? word.dropLast(2) : word.dropLast()
        return String(base)
    }

    private static func capitalised(_ name: String) -> String {
        guard let first = name.first else { return name }
        return first.uppercased() + name.dropFirst()
    }

    private static let adjectives: Set<String> = ["ordinarie", "extra", "extrainsatta", "konstituerande", "årliga", "första", "andra", "digitala"]
    private static let stops: Set<String> = ["vid", "från", "för", "i", "på", "med", "hos", "fört", "förd", "protokoll", "anteckningar", "minnesanteckningar", "mötesprotokoll"]
}

private extension StringProtocol {
    /// Without the commas, full stops, colons and semicolons around it.
    var trimmingPunctuation: String {
        let isPunctuation: (Character) -> Bool = { ",.:;".contains($0) }
        return String(String(drop(while: isPunctuation).reversed().drop(while: isPunctuation)).reversed())
    }
}
