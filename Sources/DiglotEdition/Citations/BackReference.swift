/// How a note points back to a source cited before instead of naming it again. Such a note is no source of its
/// own: the citation index counts it as one more place of the source it points to.
public enum BackReference: Sendable, Hashable, Codable {
    /// «Там же», «Ibid.»: the previous note's source.
    case previous
    /// «Смирнов А.П. Указ. соч.», «Op. cit.»: the latest work of that author (by family name) cited before.
    case earlierWork(author: String)
    /// «См. прим. 4», «See note 4»: the source of that note.
    case note(String)
}
