import Foundation

/// Turns one printed reference of this journal into fields. The journal follows GOST R 7.0.5-2008 in its
/// notes and «Литература» and a transliterated variant in «References»; the parser reads the grammar both
/// share — `[authors] title [[translation]] (// | *source*) areas [URL] [(access date)] [(In Lang.)]` — and
/// peels the unambiguous parts (URL, access date, DOI, bracketed translation, authors) off first, so the
/// hard part, telling title, source and publisher apart, works on what is left.
public enum ReferenceParser {
    public static func parse(_ text: String) -> ParsedReference {
        var reference = ParsedReference(raw: text)
        var work = text.collapsedWhitespace
        if let label = leadingLabel.firstMatch(in: work) { work.removeSubrange(label.range) }
        guard !work.isEmpty else {
            reference.warnings.append("empty reference")
            return reference
        }
        if let marker = repeatMarker.firstMatch(in: work) {
            // «Там же. С. 5.»: the source is the previous note's; what is printed is the page cited in it.
            return pointingBack(.previous, after: marker.range, in: work, reference,
                                warning: "repeats the previous reference («\(work[marker.range])»)")
        }
        if let marker = noteMarker.firstMatch(in: work), let number = marker[1] {
            return pointingBack(.note(number), after: marker.range, in: work, reference,
                                warning: "refers to note \(number) («\(work[marker.range])»)")
        }
        readURL(&work, into: &reference)
        readAccessDate(&work, into: &reference)
        if let marker = ReferenceLanguageDetector.marker(in: work) {
            reference.language = marker.language
            work.removeSubrange(marker.range)
        }
        if let match = doiPattern.firstMatch(in: work), let doi = match[1] {
            reference.doi = withoutClosingPunctuation(doi)
            work.replaceSubrange(match.range, with: " ")
        }
        readBrackets(&work, into: &reference)

        work = work.collapsedWhitespace
        if let (authors, marker) = earlierWork(in: work) {
            // «Смирнов А.П. Указ. соч. С. 45.»: the author's work cited before.
            reference.authors = authors
            let author = authors[0].family
            return pointingBack(.earlierWork(author: author), after: marker, in: work, reference,
                                warning: "refers to a work of \(author) cited before («\(work[marker])»)")
        }
        let (authors, rest) = AuthorListReader.leading(work)
        reference.authors = authors
        let parts = split(rest)
        let head = ReferenceHeadReader.read(parts.head)
        let areas = ReferenceAreaReader.read(parts.tail, afterSlashes: parts.afterSlashes)
        assemble(head, areas, into: &reference)
        let adopted = reference.issued == nil ? adoptionDate(in: parts.head) : nil
        reference.issued = reference.issued ?? adopted
        reference.language = reference.language
            ?? ReferenceLanguageDetector.language(ofScript: reference.title ?? reference.raw)
        reference.type = ReferenceTypeClassifier.classify(reference, bookLike: areas.bookLike, adopted: adopted != nil)
        if reference.containerTitle == nil, reference.publisher == nil, reference.issued == nil,
           reference.url == nil, reference.doi == nil {
            guard !reference.authors.isEmpty, reference.title != nil else {
                var unread = ParsedReference(raw: text)
                unread.warnings = ["not recognised as a reference: no source, publisher, date, URL or DOI found"]
                return unread
            }
            reference.warnings.append("short reference: no source, date, URL or DOI, only author and title")
        }
        if reference.title == nil { reference.warnings.append("no title found") }
        return reference
    }

    /// «Указ. соч.», «Op. cit.» after nothing but authors: the authors (at least one) and the marker.
    private static func earlierWork(in text: String) -> (authors: [PersonName], marker: Range<String.Index>)? {
        guard ["соч", "раб", "cit"].contains(where: text.containsLiteral),
              let marker = earlierWorkMarker.firstMatch(in: text) else { return nil }
        let (authors, rest) = AuthorListReader.leading(String(text[..<marker.range.lowerBound]))
        guard !authors.isEmpty, rest.allSatisfy({ $0 == " " || $0 == "," }) else { return nil }
        return (authors, marker.range)
    }

    /// A string that names no source but points back to one, with the page it cites after its marker.
    private static func pointingBack(_ back: BackReference, after marker: Range<String.Index>, in text: String,
                                     _ reference: ParsedReference, warning: String) -> ParsedReference {
        var reference = reference
        reference.pointsBack = back
        reference.locator = ReferenceAreaReader.read(String(text[marker.upperBound...]), afterSlashes: false).pages
        reference.warnings.append(warning)
        return reference
    }

    private static func assemble(_ head: ReferenceHeadReader.Head, _ areas: ReferenceAreaReader.Areas,
                                 into reference: inout ParsedReference) {
        // GOST heads the reference with the first author and lists them all after «/».
        if head.authors.count > reference.authors.count { reference.authors = head.authors }
        reference.title = head.title
        reference.containerTitle = areas.container
        reference.publisher = head.publisher ?? areas.publisher
        reference.publisherPlace = areas.publisherPlace
        reference.issued = areas.issued
        reference.volume = areas.volume
        reference.issue = areas.issue
        // Pages without a source they lie in are the page cited («Иванов И.И. Книга. М., 2019. С. 45»).
        if areas.container == nil, reference.locator == nil {
            reference.locator = areas.pages
        } else {
            reference.pages = areas.pages
        }
        // With the issuer printed after the title, a second issuer among the areas is kept as a remark.
        let notes = (head.publisher == nil ? [] : [areas.publisher].compactMap { $0 }) + areas.notes
        reference.note = notes.isEmpty ? nil : notes.joined(separator: "; ")
        reference.warnings += areas.unread.map { "unread: «\($0)»" }
    }

    /// The title part and the source part: at «//», else at the italic source of the English list, else
    /// after the first sentence (a report or book: «Title. Publisher, Place. Date.»).
    private static func split(_ text: String) -> (head: String, tail: String, afterSlashes: Bool) {
        if let slashes = text.firstRange(ofLiteral: "//") {
            return (String(text[..<slashes.lowerBound]), String(text[slashes.upperBound...]), true)
        }
        if let star = text.firstIndex(of: "*"), star != text.startIndex,
           text[text.index(after: star)...].containsByte(UInt8(ascii: "*")) {
            return (String(text[..<star]), String(text[star...]), false)
        }
        // An italic span that opens the text is a title (a book) or title and source together (a figure's
        // source line): its sentences are read like plain text.
        let plain = text.replacingAll("*", with: "")
        guard let first = ReferenceSentenceSplitter.split(plain).first else { return (plain, "", false) }
        return (String(plain[..<first.endIndex]), String(plain[first.endIndex...]), false)
    }

    /// A normative act's day of adoption, which GOST prints inside the title («Федеральный закон от 13.07.2015
    /// № 212-ФЗ …», «Agreement … of 29 February 2000»), where no area is looked for.
    private static func adoptionDate(in text: String) -> ReferenceDate? {
        ReferenceDateReader.dates(in: text).first { found in
            let before = text[..<found.range.lowerBound]
            guard found.date.precision == 3, before.last == " " else { return false }
            return ["от", "of", "dated"].contains(before.dropLast().trailingRun(where: \.isLetter).lowercased())
        }?.date
    }

    /// The URL, with the page a note points to after it («URL: …pdf, p. 32»).
    private static func readURL(_ work: inout String, into reference: inout ParsedReference) {
        guard let mention = URLMention.first(in: work) else { return }
        let token = String(mention.address)
        let url = withoutClosingPunctuation(token)
        reference.url = url
        var end = work.index(mention.range.upperBound, offsetBy: url.count - token.count)
        let after = String(work[end...])
        if let locator = locatorPattern.firstMatch(in: after), let page = locator[1] {
            reference.locator = page
            end = work.index(end, offsetBy: after[..<locator.range.upperBound].count)
        }
        if let parsed = URL(string: url), parsed.host?.hasSuffix("doi.org") == true {
            reference.doi = String(parsed.path.dropFirst())
        }
        work.replaceSubrange(mention.range.lowerBound..<end, with: " ")
    }

    private static func readAccessDate(_ work: inout String, into reference: inout ParsedReference) {
        guard let match = accessPattern.firstMatch(in: work) else { return }
        reference.accessed = match[1].flatMap(ReferenceDateReader.date)
        if reference.accessed == nil { reference.warnings.append("unreadable access date: «\(work[match.range])»") }
        work.replaceSubrange(match.range, with: " ")
    }

    /// The first bracketed text is the title's translation, unless it is GOST's material designation
    /// («[Электронный ресурс]»), which says nothing about the work itself.
    private static func readBrackets(_ work: inout String, into reference: inout ParsedReference) {
        // From the last to the first, so that each removal leaves the earlier ranges valid and the first
        // bracket is the one that stays.
        for match in bracketPattern.matches(in: work).reversed() {
            guard let content = match[1]?.trimmedWhitespace else { continue }
            if !materialDesignation.matches(content) { reference.titleTranslation = content }
            work.replaceSubrange(match.range, with: " ")
        }
    }

    /// A URL or DOI without the punctuation of the sentence it ends, keeping a «)» the URL itself opened.
    private static func withoutClosingPunctuation(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last,
              ".,;:".contains(last) || (last == ")" && text.count { $0 == "(" } < text.count { $0 == ")" }) {
            text.removeLast()
        }
        return String(text)
    }

    private static let leadingLabel = TextPattern("^(?:Источники|Источник|Sources|Source|См\\.|See)\\s*:\\s*", initials: "ИSС")
    private static let repeatMarker = TextPattern("^(?:Там же|Ibid\\.?|Ibidem)(?!\\p{L})", initials: "ТI")
    private static let noteMarker = TextPattern(
        "^(?:(?:См\\.|см\\.|See|see|Cf\\.|cf\\.)\\s*(?:также\\s+|also\\s+)?)?(?:прим\\.|примеч\\.|примечание|сноску|note|fn\\.)\\s*(\\d+)(?!\\d)",
        initials: "СсSsCcпnf")
    private static let earlierWorkMarker = TextPattern(
        "(?<!\\p{L})\\*?(?:Указ\\.\\s?соч|Цит\\.\\s?соч|Указ\\.\\s?раб|[Oo]p\\.\\s?cit)\\.?(?!\\p{L})")
    private static let locatorPattern = TextPattern("^\\s*,?\\s*(?:p|pp|P|С|с|C)\\.\\s*(\\d+(?:\\s*[–-]\\s*\\d+)?)")
    private static let accessPattern = TextPattern(
        "\\(\\s*(?:дата обращения|дата доступа|accessed|date of access|retrieved)\\s*:?\\s*([^)]*)\\)", caseInsensitive: true,
        clue: "(")
    private static let doiPattern = TextPattern("(?<![\\p{L}/])doi\\s*:?\\s*(10\\.\\d{4,9}/\\S+)", caseInsensitive: true,
                                             clue: "10.")
    private static let bracketPattern = TextPattern("\\[([^\\[\\]]+)\\]", clue: "[")
    private static let materialDesignation = TextPattern(
        "^(?:электронный ресурс|electronic resource|текст|text|online|электронное издание)$", caseInsensitive: true)
}
