package cite

// Citation is one occurrence, in one document, of a reference to an
// instrument or to another document. Its JSON form is the contract of
// `citegraph extract --format jsonl` (DESIGN §4).
//
// For an instrument, ID is the canonical id and Relation is always set
// (Cites when nothing more specific was read). For a document reference,
// Kind is KindDocument, ID and Number are the normalised symbol, Body is
// the body whose symbol series it belongs to ("" when none is known),
// BodyFrom is empty, and Relation is set only when the words around it say
// something more than plain citing.
type Citation struct {
	ID       string   `json:"id"`
	Kind     Kind     `json:"kind"`
	Body     string   `json:"body"`
	Number   string   `json:"number"`
	Text     string   `json:"text"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Lang     string   `json:"lang"`
	BodyFrom BodyFrom `json:"bodyFrom,omitempty"`
	Relation Relation `json:"relation,omitempty"`

	// Subjects are the registry keys of the bodies the passage names as
	// created or directed by the cited instrument; set for Establishes and
	// Mandates (and the relations that change a mandate) when the passage
	// names a body the registry knows. They become ESTABLISHED_BY and
	// mandate edges in the graph.
	Subjects []string `json:"subjects,omitempty"`

	// Paragraph is the 1-based index of the paragraph (a run of text
	// between blank lines) that holds the citation.
	Paragraph int `json:"paragraph,omitempty"`

	// Sentence is the byte span [SentenceStart, SentenceEnd) of the sentence
	// around the citation in the input; Snippet is its text, whitespace
	// folded. Evidence shown to users is this sentence.
	SentenceStart int    `json:"sentenceStart,omitempty"`
	SentenceEnd   int    `json:"sentenceEnd,omitempty"`
	Snippet       string `json:"snippet,omitempty"`
}

// InstrumentID returns the parsed id of an instrument citation, or false
// for a document reference or a malformed id.
func (c Citation) InstrumentID() (ID, bool) {
	if !c.Kind.IsInstrument() {
		return ID{}, false
	}
	id, err := ParseID(c.ID)
	return id, err == nil
}
