import Markdown

/// The article's text as the edition reads it: page furniture gone, split words and sentences whole, and a
/// record of every change.
public struct HealedText: Sendable {
    public var blocks: [Block]
    public var notes: [NoteDefinition]
    public var interventions: [Intervention]
}

/// Heals what the page layout of print did to the text, in three steps: lift the notes blocks, join the
/// paragraphs they (or a bare page end) split, and clean link texts of conversion escapes.
public enum PageBreakHealer {
    /// `words` are the word starts of `source`'s text.
    public static func heal(_ blocks: [Block], profile: JournalProfile, source: SourceFile, words: WordStarts,
                            counter: inout InterventionCounter) -> HealedText {
        let blocks = RuleUnderline.split(blocks, source: source)
        var firstCalls: [String: Int] = [:]
        for (index, block) in blocks.enumerated() {
            for call in block.noteCalls where firstCalls[call.label] == nil { firstCalls[call.label] = index }
        }
        let joiner = ParagraphJoiner(words: words, profile: profile)
        let lifted = NotesBlockLifter(firstCalls: firstCalls, profile: profile, source: source, joiner: joiner)
            .lift(blocks, counter: &counter)
        let joined = joiner.join(lifted.kept, counter: &counter)
        let unescaper = LinkTextUnescaper()
        let text = unescaper.unescape(joined.blocks, counter: &counter)
        var notes = lifted.notes
        var noteInterventions: [Intervention] = []
        for index in notes.indices {
            let cleaned = unescaper.unescape(notes[index].blocks, counter: &counter)
            notes[index].blocks = cleaned.blocks
            noteInterventions += cleaned.interventions
        }
        let all = lifted.interventions + joined.interventions + text.interventions + noteInterventions
        return HealedText(blocks: text.blocks, notes: notes, interventions: all)
    }
}
