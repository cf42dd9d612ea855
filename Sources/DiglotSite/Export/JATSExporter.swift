import DiglotEdition
import Foundation

/// The edition as one JATS 1.3 (Archiving and Interchange) article: both languages' front matter
/// (`trans-title-group`, `trans-abstract`), the body with its notes as `fn-group`, and each bibliography entry
/// with its translation in `citation-alternatives`.
public struct JATSExporter {
    let edition: Edition

    public init(edition: Edition) {
        self.edition = edition
    }

    var inline: JATSInlineWriter { JATSInlineWriter(notes: edition.notes) }
    var primary: FrontMatter { edition.sections.primary }
    var translation: FrontMatter? { edition.sections.translation }

    public func export() -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.3 20210610//EN" "JATS-archivearticle1-3.dtd">
            <article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article" dtd-version="1.3" xml:lang="\(edition.primaryLanguage)">

            """
        xml += "<front>\n" + journalMeta() + articleMeta() + "</front>\n"
        xml += "<body>\n" + body(edition.sections.body + edition.sections.trailing) + "</body>\n"
        xml += back()
        xml += "</article>\n"
        return xml
    }

    private func journalMeta() -> String {
        var xml = "<journal-meta>\n"
        if let issn = edition.configuration.issn {
            xml += "<journal-id journal-id-type=\"issn\">\(XMLText.escape(issn))</journal-id>\n"
        }
        if let title = edition.journalTitle(edition.primaryLanguage) {
            xml += "<journal-title-group>\n<journal-title>\(XMLText.escape(title))</journal-title>\n"
            if let english = edition.journalTitle(edition.translationLanguage) {
                xml += "<trans-title-group xml:lang=\"\(edition.translationLanguage)\"><trans-title>\(XMLText.escape(english))</trans-title></trans-title-group>\n"
            }
            if let transliterated = edition.configuration.journalTransliteration {
                xml += "<abbrev-journal-title abbrev-type=\"transliterated\">\(XMLText.escape(transliterated))</abbrev-journal-title>\n"
            }
            xml += "</journal-title-group>\n"
        }
        if let issn = edition.configuration.issn { xml += "<issn pub-type=\"ppub\">\(XMLText.escape(issn))</issn>\n" }
        if let eissn = edition.configuration.eissn { xml += "<issn pub-type=\"epub\">\(XMLText.escape(eissn))</issn>\n" }
        return xml + "</journal-meta>\n"
    }

    private func articleMeta() -> String {
        var xml = "<article-meta>\n"
        if let doi = edition.doi { xml += "<article-id pub-id-type=\"doi\">\(XMLText.escape(doi))</article-id>\n" }
        xml += "<title-group>\n<article-title>\(inline.write(primary.title?.inlines ?? [.text(edition.title)]))</article-title>\n"
        if let title = translation?.title {
            xml += "<trans-title-group xml:lang=\"\(edition.translationLanguage)\"><trans-title>\(inline.write(title.inlines))</trans-title></trans-title-group>\n"
        }
        xml += "</title-group>\n" + contributors()
        let line = edition.citationLine
        if let date = edition.configuration.publicationDate {
            xml += "<pub-date publication-format=\"electronic\" date-type=\"pub\"><day>\(date.day.zeroPadded(to: 2))</day><month>\(date.month.zeroPadded(to: 2))</month><year>\(date.year)</year></pub-date>\n"
        } else if let year = line.year {
            xml += "<pub-date publication-format=\"print\" date-type=\"pub\"><year>\(year)</year></pub-date>\n"
        }
        if let volume = line.volume { xml += "<volume>\(XMLText.escape(volume))</volume>\n" }
        if let issue = line.issue { xml += "<issue>\(XMLText.escape(issue))</issue>\n" }
        if let first = line.firstPage { xml += "<fpage>\(XMLText.escape(first))</fpage>\n" }
        if let last = line.lastPage { xml += "<lpage>\(XMLText.escape(last))</lpage>\n" }
        if let received = (primary.received ?? translation?.received).flatMap({ PublicationDate($0.text) }) {
            xml += "<history><date date-type=\"received\"><day>\(received.day.zeroPadded(to: 2))</day><month>\(received.month.zeroPadded(to: 2))</month><year>\(received.year)</year></date></history>\n"
        }
        if !primary.abstract.isEmpty {
            xml += "<abstract>\n" + primary.abstract.map { "<p>\(inline.write($0.inlines))</p>\n" }.joined() + "</abstract>\n"
        }
        if let abstract = translation?.abstract, !abstract.isEmpty {
            xml += "<trans-abstract xml:lang=\"\(edition.translationLanguage)\">\n" + abstract.map { "<p>\(inline.write($0.inlines))</p>\n" }.joined() + "</trans-abstract>\n"
        }
        for matter in [primary, translation].compactMap({ $0 }) where !matter.keywords.isEmpty {
            xml += "<kwd-group xml:lang=\"\(matter.language)\">" + matter.keywords.map { "<kwd>\(XMLText.escape($0))</kwd>" }.joined() + "</kwd-group>\n"
        }
        for matter in [primary, translation].compactMap({ $0 }) {
            if let funding = matter.funding {
                xml += "<funding-group xml:lang=\"\(matter.language)\"><funding-statement>\(inline.write(funding.inlines))</funding-statement></funding-group>\n"
            }
        }
        return xml + "</article-meta>\n"
    }

    private func contributors() -> String {
        guard !primary.authors.isEmpty else { return "" }
        var xml = "<contrib-group>\n"
        for (index, author) in primary.authors.enumerated() {
            let translated = translation?.authors[safe: index]
            xml += "<contrib contrib-type=\"author\">\n"
            if let orcid = author.orcid ?? translated?.orcid {
                xml += "<contrib-id contrib-id-type=\"orcid\">https://orcid.org/\(XMLText.escape(orcid))</contrib-id>\n"
            }
            xml += "<name-alternatives>\n" + name(author.name.text, language: edition.primaryLanguage)
            if let translated { xml += name(translated.name.text, language: edition.translationLanguage) }
            xml += "</name-alternatives>\n"
            if let email = author.email { xml += "<email>\(XMLText.escape(email))</email>\n" }
            if author.affiliation != nil || translated?.affiliation != nil {
                xml += "<aff-alternatives id=\"aff\(index + 1)\">\n"
                if let affiliation = author.affiliation {
                    xml += "<aff xml:lang=\"\(edition.primaryLanguage)\">\(inline.write(affiliation.inlines))</aff>\n"
                }
                if let affiliation = translated?.affiliation {
                    xml += "<aff xml:lang=\"\(edition.translationLanguage)\">\(inline.write(affiliation.inlines))</aff>\n"
                }
                xml += "</aff-alternatives>\n"
            }
            xml += "</contrib>\n"
        }
        return xml + "</contrib-group>\n"
    }

    private func name(_ printed: String, language: String) -> String {
        let name = PersonName(printed: printed, language: language)
        // JATS's "eastern" is for names whose family name comes first in running text (Chinese, Japanese,
        // Korean); a Russian name is "western" although reference lists print it family name first.
        let style = ["zh", "ja", "ko", "vi"].contains(language) ? "eastern" : "western"
        guard let given = name.given else {
            return "<name xml:lang=\"\(language)\"><surname>\(XMLText.escape(name.family))</surname></name>\n"
        }
        return "<name xml:lang=\"\(language)\" name-style=\"\(style)\"><surname>\(XMLText.escape(name.family))</surname><given-names>\(XMLText.escape(given))</given-names></name>\n"
    }

    private func body(_ blocks: [Block]) -> String {
        blocks.map(block).joined()
    }

    private func block(_ block: Block) -> String {
        switch block.kind {
        case .paragraph(let inlines): return "<p>\(inline.write(inlines))</p>\n"
        case .heading(_, let inlines): return "<p content-type=\"heading\"><bold>\(inline.write(inlines))</bold></p>\n"
        case .list(let start, _, let items):
            let type = start == nil ? "bullet" : "order"
            return "<list list-type=\"\(type)\">\n" + items.map { item in
                "<list-item>" + (item.isEmpty ? "<p/>" : item.map(self.block).joined()) + "</list-item>\n"
            }.joined() + "</list>\n"
        case .quote(let blocks): return "<disp-quote>\n" + body(blocks) + "</disp-quote>\n"
        case .code(_, let literal): return "<preformat>\(XMLText.escape(literal))</preformat>\n"
        case .literalHTML(let literal): return "<preformat>\(XMLText.escape(literal))</preformat>\n"
        case .thematicBreak, .sectionBreak: return "<p content-type=\"section-break\">*   *   *</p>\n"
        case .figure(let figure): return self.figure(figure)
        case .table(let table): return self.table(table)
        }
    }

    private func table(_ table: Table) -> String {
        "<table-wrap>\n" + cells(table) + "</table-wrap>\n"
    }

    private func cells(_ table: Table) -> String {
        func row(_ cells: [[Inline]], tag: String) -> String {
            "<tr>" + zip(cells, table.alignments).map { cell, alignment in
                "<\(tag)\(alignment.map { " align=\"\($0.rawValue)\"" } ?? "")>\(inline.write(cell))</\(tag)>"
            }.joined() + "</tr>\n"
        }
        return "<table>\n<thead>\n" + row(table.header, tag: "th") + "</thead>\n<tbody>\n"
            + table.rows.map { row($0, tag: "td") }.joined() + "</tbody>\n</table>\n"
    }

    /// A figure as `<fig>`, a table as `<table-wrap>`: label, captions, the table, and the source as `<attrib>`.
    private func figure(_ figure: Figure) -> String {
        let element = figure.kind == .table ? "table-wrap" : "fig"
        var xml = "<\(element) id=\"\(figure.kind == .table ? "table" : "fig")-\(XMLText.escape(figure.number))\">\n"
        if let label = (figure.captions.first { $0.language == edition.primaryLanguage } ?? figure.captions.first)?.label {
            xml += "<label>\(XMLText.escape(label))</label>\n"
        }
        for caption in figure.captions {
            xml += "<caption xml:lang=\"\(caption.language)\"><p>\(inline.write(caption.inlines))</p></caption>\n"
        }
        if let table = figure.table { xml += cells(table) }
        if let source = figure.source {
            xml += "<attrib>\(XMLText.escape(source.label)) \(inline.write(source.inlines))</attrib>\n"
        }
        return xml + "</\(element)>\n"
    }

    /// A note holds only paragraphs in JATS; its list or quotation goes inside one, as JATS allows.
    private func footnoteBlock(_ block: Block) -> String {
        switch block.kind {
        case .paragraph, .heading, .thematicBreak, .sectionBreak: self.block(block)
        default: "<p>" + self.block(block) + "</p>\n"
        }
    }

    private func back() -> String {
        var xml = "<back>\n"
        if !edition.notes.notes.isEmpty {
            xml += "<fn-group>\n" + edition.notes.notes.map { note in
                "<fn id=\"\(JATSInlineWriter.fnID(note.id))\"><label>\(XMLText.escape(note.label))</label>"
                    + note.blocks.map(footnoteBlock).joined() + "</fn>\n"
            }.joined() + "</fn-group>\n"
        }
        let primaryEntries = edition.sections.primaryBibliography?.entries ?? []
        let translatedEntries = edition.sections.translationBibliography?.entries ?? []
        if !primaryEntries.isEmpty || !translatedEntries.isEmpty {
            xml += "<ref-list>\n"
            if let heading = edition.sections.primaryBibliography?.heading {
                xml += "<title>\(inline.write(heading.inlines))</title>\n"
            }
            let pairs = edition.pairs.filter { $0.kind == .bibliographyEntry }
            for (index, pair) in pairs.enumerated() {
                xml += "<ref id=\"ref-\(index + 1)\"><citation-alternatives>\n"
                if let entry = pair.primary {
                    xml += "<mixed-citation xml:lang=\"\(edition.primaryLanguage)\">\(inline.write(entry.inlines))</mixed-citation>\n"
                }
                if let entry = pair.translation {
                    xml += "<mixed-citation xml:lang=\"\(edition.translationLanguage)\">\(inline.write(entry.inlines))</mixed-citation>\n"
                }
                xml += "</citation-alternatives></ref>\n"
            }
            xml += "</ref-list>\n"
        }
        return xml + "</back>\n"
    }
}
