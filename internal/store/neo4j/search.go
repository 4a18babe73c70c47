package neo4j

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/store"
)

// Search ranks hits as the embedded store does, in tiers, then by score,
// kind and id:
//
//	0: the query is the hit's id, symbol, key, acronym or name;
//	1: the query names it (an instrument's number, a symbol's prefix, the
//	   words of a body's name);
//	2: words of a document's title or text (scored by Lucene, through
//	   Neo4j's full-text indexes).
//
// Tiers 0 and 1 give the same hits in the same order on both stores; only
// the order of tier 2 may differ (storetest says so).
type hit struct {
	tier  int
	score float64 // lower is better
	kind  store.HitKind
	id    string
	lang  string
	snip  string
	label string
}

var kindRank = map[store.HitKind]int{store.HitInstrument: 0, store.HitDocument: 1, store.HitBody: 2}

func compareHits(a, b hit) int {
	return cmp.Or(cmp.Compare(a.tier, b.tier), cmp.Compare(a.score, b.score),
		cmp.Compare(kindRank[a.kind], kindRank[b.kind]), cmpStr(a.id, b.id))
}

// source is one kind of match: its first n hits in order, and how many
// there are in all.
type source = func(ctx context.Context, tx neo4j.ManagedTransaction, n int) ([]hit, int, error)

// Search finds documents, instruments and bodies (see store.Reader).
func (s *Store) Search(ctx context.Context, q store.SearchQuery) (store.SearchPage, error) {
	var page store.SearchPage
	err := s.read(ctx, func(tx neo4j.ManagedTransaction) error {
		var err error
		page, err = search(ctx, tx, q)
		return err
	})
	return page, wrap(fmt.Sprintf("search %q", q.Text), err)
}

func search(ctx context.Context, tx neo4j.ManagedTransaction, q store.SearchQuery) (store.SearchPage, error) {
	return store.Search(ctx, tx, q, store.SearchSpec[neo4j.ManagedTransaction, hit]{
		Sources:  sources,
		Compare:  compareHits,
		Describe: describe,
		Hit: func(h hit) store.SearchHit {
			return store.SearchHit{Kind: h.kind, ID: h.id, Label: h.label, Snippet: h.snip, Lang: h.lang}
		},
	})
}

// sources are the matches a query can have.
func sources(text string) []source {
	var out []source
	if strings.Contains(text, ":") {
		out = append(out, instrumentIDSource(text))
	} else if iq, ok := store.ParseInstrumentQuery(text); ok {
		out = append(out, instrumentNumberSource(iq))
	}
	sym := cite.NormalizeSymbol(text)
	var starts []any
	if strings.Contains(sym, "/") {
		starts = symbolStarts(sym)
	}
	out = append(out, documentIDSource(sym, starts), bodySource(text))
	if lq := luceneQuery(text); lq.words != "" || lq.cjk != "" {
		out = append(out, documentTextSource(lq, sym, starts))
	}
	return out
}

func ids(recs []*neo4j.Record, mk func(id string) hit) []hit {
	hs := make([]hit, len(recs))
	for i, r := range recs {
		hs[i] = mk(str(r.Values[0]))
	}
	return hs
}

// instrumentIDSource matches "untoc-cop:dec:2/6" exactly and
// "untoc-cop:dec:" as a prefix.
func instrumentIDSource(text string) source {
	return func(ctx context.Context, tx neo4j.ManagedTransaction, n int) ([]hit, int, error) {
		p := map[string]any{"t": text, "n": int64(n)}
		recs, err := collect(ctx, tx, `MATCH (i:Instrument {id: $t}) RETURN i.id`, p)
		if err != nil {
			return nil, 0, err
		}
		exact := ids(recs, func(id string) hit { return hit{tier: 0, kind: store.HitInstrument, id: id} })
		recs, err = collect(ctx, tx, `MATCH (i:Instrument) WHERE i.id STARTS WITH $t AND i.id <> $t
			WITH i.id AS id ORDER BY id
			WITH collect(id) AS found RETURN size(found), found[0..$n]`, p)
		if err != nil {
			return nil, 0, err
		}
		hs := exact
		for _, id := range list(recs[0].Values[1]) {
			hs = append(hs, hit{tier: 1, kind: store.HitInstrument, id: str(id)})
		}
		return hs, num(recs[0].Values[0]) + len(exact), nil
	}
}

// instrumentNumberSource matches "decision 2/6", "2/6", "GA resolution
// 55/25", "第55/25号决议".
func instrumentNumberSource(iq store.InstrumentQuery) source {
	return func(ctx context.Context, tx neo4j.ManagedTransaction, n int) ([]hit, int, error) {
		found, err := strs(ctx, tx, `MATCH (i:Instrument) WHERE i.numberLower = $n AND ($k = '' OR i.kind = $k) RETURN i.id`,
			map[string]any{"n": asciiLower(iq.Number), "k": string(iq.Kind)})
		if err != nil {
			return nil, 0, err
		}
		slices.Sort(found)
		var bs []cite.Body
		if iq.Qualifier != "" {
			if bs, err = bodies(ctx, tx); err != nil {
				return nil, 0, err
			}
		}
		var hs []hit
		for _, s := range found {
			id, err := cite.ParseID(s)
			if err != nil {
				return nil, 0, fmt.Errorf("stored instrument: %w", err)
			}
			if iq.Qualifier != "" && !qualifies(id.Body(), iq.Qualifier, bs) {
				continue
			}
			hs = append(hs, hit{tier: 1, kind: store.HitInstrument, id: s})
		}
		return hs[:min(n, len(hs))], len(hs), nil
	}
}

// qualifies reports whether a query's qualifier names the body key.
func qualifies(key, qualifier string, bs []cite.Body) bool {
	if key == qualifier {
		return true
	}
	for _, b := range bs {
		if b.Key == key {
			m, ok := store.MatchBody(b, qualifier)
			return ok && m.Exact
		}
	}
	return false
}

// symbolStarts are the lowercased prefixes of the ids that continue a
// symbol at a separator ("CTOC/COP/WG.2" names CTOC/COP/WG.2/2017/4;
// "A/80/1" names A/80/1/Add.1 but not A/80/10).
func symbolStarts(prefix string) []any {
	p := asciiLower(prefix)
	if strings.ContainsAny(p[len(p)-1:], "/.- ") {
		return []any{p}
	}
	return []any{p + "/", p + ".", p + "-", p + " "}
}

// documentIDSource matches a document's id or symbol, ignoring case:
// exactly, and as a prefix when starts is set.
func documentIDSource(sym string, starts []any) source {
	return func(ctx context.Context, tx neo4j.ManagedTransaction, n int) ([]hit, int, error) {
		p := map[string]any{"sym": asciiLower(sym), "starts": starts, "n": int64(n)}
		found, err := strs(ctx, tx, `MATCH (d:Document {idLower: $sym}) RETURN d.id`, p)
		if err != nil {
			return nil, 0, err
		}
		slices.Sort(found)
		exact := make([]hit, len(found))
		for i, id := range found {
			exact[i] = hit{tier: 0, kind: store.HitDocument, id: id}
		}
		if len(starts) == 0 {
			return exact, len(exact), nil
		}
		recs, err := collect(ctx, tx, `UNWIND $starts AS p
			MATCH (d:Document) WHERE d.idLower STARTS WITH p AND d.idLower <> $sym
			WITH DISTINCT d.id AS id ORDER BY id
			WITH collect(id) AS found RETURN size(found), found[0..$n]`, p)
		if err != nil {
			return nil, 0, err
		}
		hs := exact
		for _, id := range list(recs[0].Values[1]) {
			hs = append(hs, hit{tier: 1, kind: store.HitDocument, id: str(id)})
		}
		return hs, num(recs[0].Values[0]) + len(exact), nil
	}
}

// bodySource matches bodies by key, acronym and names in every language.
// The registry is small: it is matched here rather than indexed.
func bodySource(text string) source {
	return func(ctx context.Context, tx neo4j.ManagedTransaction, n int) ([]hit, int, error) {
		bs, err := bodies(ctx, tx)
		if err != nil {
			return nil, 0, err
		}
		var hs []hit
		for _, b := range bs {
			m, ok := store.MatchBody(b, text)
			if !ok {
				continue
			}
			h := hit{tier: 1, kind: store.HitBody, id: b.Key, lang: m.Lang, snip: m.Name, label: b.Name("en")}
			if m.Exact {
				h.tier = 0
			}
			hs = append(hs, h)
		}
		slices.SortFunc(hs, compareHits)
		return hs[:min(n, len(hs))], len(hs), nil
	}
}

// luceneQueries are a search's full-text queries: words for the words
// index, CJK runs for the CJK index; "" when the query has none.
type luceneQueries struct {
	words string
	cjk   string
	terms []string // the words, folded, for snippets
	runs  []string // the CJK runs, for snippets
}

// luceneQuery turns user text into Lucene queries that cannot be syntax
// errors: every term is a quoted phrase of letters, digits and the
// punctuation inside numbers, and every term is required. A title match
// weighs four times a text match, as in the embedded store.
func luceneQuery(text string) luceneQueries {
	var q luceneQueries
	var words, cjk []string
	for _, t := range store.Terms(text) {
		if t.CJK {
			cjk = append(cjk, "+"+cjkPhrase(t.Text))
			q.runs = append(q.runs, t.Text)
			continue
		}
		if strings.IndexFunc(t.Text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
			continue
		}
		p := `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(t.Text) + `"`
		words = append(words, "+(titleWords:"+p+"^4 textWords:"+p+")")
		q.terms = append(q.terms, t.Text)
	}
	q.words = strings.Join(words, " ")
	q.cjk = strings.Join(cjk, " ")
	return q
}

// Full-text matches of documents, best version first: $words in the words
// index, $cjk in the CJK index, or both; documents matched by id are
// excluded (documentIDSource has them).
const (
	textWords = `CALL db.index.fulltext.queryNodes('citegraph_version_words', $words) YIELD node AS v, score`
	textCJK   = `CALL db.index.fulltext.queryNodes('citegraph_version_cjk', $cjk) YIELD node AS v, score`
	textBoth  = `CALL db.index.fulltext.queryNodes('citegraph_version_cjk', $cjk) YIELD node
		WITH collect(node) AS cjk
		CALL db.index.fulltext.queryNodes('citegraph_version_words', $words) YIELD node AS v, score
		WITH v, score WHERE v IN cjk`
	textRank = `
		MATCH (d:Document)-[:HAS_VERSION]->(v)
		WHERE NOT (d.idLower = $sym OR any(p IN $starts WHERE d.idLower STARTS WITH p))
		WITH d.id AS id, v.lang AS lang, score ORDER BY score DESC, lang
		WITH id, collect(lang)[0] AS lang, max(score) AS s ORDER BY s DESC, id
		WITH collect([id, lang, s]) AS found
		RETURN size(found), found[0..$n]`
)

// documentTextSource matches the words of documents' titles and texts,
// scoring each document by its best language version.
func documentTextSource(lq luceneQueries, sym string, starts []any) source {
	q := textWords
	switch {
	case lq.words == "":
		q = textCJK
	case lq.cjk != "":
		q = textBoth
	}
	q += textRank
	return func(ctx context.Context, tx neo4j.ManagedTransaction, n int) ([]hit, int, error) {
		if starts == nil {
			starts = []any{}
		}
		recs, err := collect(ctx, tx, q, map[string]any{
			"words": lq.words, "cjk": lq.cjk, "sym": asciiLower(sym), "starts": starts, "n": int64(n),
		})
		if err != nil {
			return nil, 0, err
		}
		var hs []hit
		for _, x := range list(recs[0].Values[1]) {
			p := list(x)
			s, _ := p[2].(float64)
			hs = append(hs, hit{tier: 2, kind: store.HitDocument, id: str(p[0]), lang: str(p[1]), score: -s})
		}
		return hs, num(recs[0].Values[0]), nil
	}
}

// describe fills a hit of the page with its label, and for a text match
// the passage that matched in its best language version.
func describe(ctx context.Context, tx neo4j.ManagedTransaction, text string, h *hit) error {
	switch h.kind {
	case store.HitInstrument:
		id, err := cite.ParseID(h.id)
		if err != nil {
			return fmt.Errorf("stored instrument: %w", err)
		}
		info, err := instrument(ctx, tx, id)
		if err != nil {
			return err
		}
		h.label = store.InstrumentLabel(info.Instrument)
	case store.HitDocument:
		d, err := document(ctx, tx, h.id)
		if err != nil {
			return err
		}
		h.label = store.DocumentLabel(d)
		if h.tier < 2 {
			h.lang = d.Lang
			return nil
		}
		recs, err := collect(ctx, tx, `MATCH (v:Version {key: $key}) RETURN v.title, v.text`,
			map[string]any{"key": VersionKey(h.id, h.lang)})
		if err != nil || len(recs) == 0 {
			return err
		}
		lq := luceneQuery(text)
		title, body := str(recs[0].Values[0]), str(recs[0].Values[1])
		if len(lq.terms) > 0 {
			h.snip = wordSnippet(title, body, lq.terms)
		}
		if len(lq.runs) > 0 && !strings.Contains(h.snip, lq.runs[0]) {
			h.snip = around(body, lq.runs[0])
		}
	}
	return nil
}

// snippetWords is how many tokens a snippet holds.
const snippetWords = 16

// token is a word of a column, by byte offsets, folded.
type token struct {
	start, end int
	folded     string
}

// isTokenChar is what SQLite's unicode61 tokenizer keeps in a token
// (letters, digits, private use); everything else separates tokens.
func isTokenChar(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsNumber(r) || unicode.Is(unicode.Co, r)
}

func tokens(text string) []token {
	var out []token
	start := -1
	for i, r := range text {
		switch {
		case isTokenChar(r) && start < 0:
			start = i
		case !isTokenChar(r) && start >= 0:
			out = append(out, token{start, i, store.Fold(text[start:i])})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, token{start, len(text), store.Fold(text[start:])})
	}
	return out
}

// phrases are a query's word terms as phrases of tokens ("55/25" is the
// phrase 55 25), as FTS5 reads the embedded store's quoted terms.
func phrases(terms []string) [][]string {
	var out [][]string
	for _, t := range terms {
		var p []string
		for _, tk := range tokens(t) {
			p = append(p, tk.folded)
		}
		if len(p) > 0 {
			out = append(out, p)
		}
	}
	return out
}

// wordSnippet is what SQLite FTS5's snippet() gives the embedded store
// for the columns title and text and the query's phrases, with
// snippetWords tokens, no highlighting and "…" where the text is cut:
// the window of tokens that holds the most distinct phrases (1000 each,
// 1 for a repeat), or that starts a sentence and holds as many (+100,
// +120 at the very start), whitespace folded. It is the same algorithm
// (fts5SnippetFunction), so both stores show the same passage.
func wordSnippet(title, text string, terms []string) string {
	ps := phrases(terms)
	if len(ps) == 0 {
		return ""
	}
	best, bestCol, bestStart := 0, -1, 0
	var cols [2][]token
	for c, col := range []string{title, text} {
		toks := tokens(col)
		cols[c] = toks
		type inst struct{ phrase, pos, size int }
		var insts []inst
		for pos := range toks {
			for pi, p := range ps {
				if pos+len(p) <= len(toks) && slices.EqualFunc(toks[pos:pos+len(p)], p, func(t token, s string) bool { return t.folded == s }) {
					insts = append(insts, inst{pi, pos, len(p)})
				}
			}
		}
		score := func(from int) (int, int) {
			seen := make([]bool, len(ps))
			n, first, last := 0, -1, 0
			for _, in := range insts {
				if in.pos >= from && in.pos < from+snippetWords {
					if seen[in.phrase] {
						n++
					} else {
						n += 1000
					}
					seen[in.phrase] = true
					if first < 0 {
						first = in.pos
					}
					last = in.pos + in.size
				}
			}
			adj := first - (snippetWords-(last-first))/2
			if adj+snippetWords > len(toks) {
				adj = len(toks) - snippetWords
			}
			return n, max(adj, 0)
		}
		sentences := sentenceStarts(col, toks)
		for _, in := range insts {
			n, adj := score(in.pos)
			if n > best {
				best, bestCol, bestStart = n, c, adj
			}
			if len(sentences) > 0 && len(toks) > snippetWords {
				j := 0
				for j < len(sentences)-1 && sentences[j+1] <= in.pos {
					j++
				}
				if sentences[j] < in.pos {
					n, _ := score(sentences[j])
					if sentences[j] == 0 {
						n += 120
					} else {
						n += 100
					}
					if n > best {
						best, bestCol, bestStart = n, c, sentences[j]
					}
				}
			}
		}
	}
	if bestCol < 0 {
		return ""
	}
	toks, col := cols[bestCol], []string{title, text}[bestCol]
	last := min(bestStart+snippetWords, len(toks)) - 1
	if last < bestStart {
		return ""
	}
	s := strings.Join(strings.Fields(col[toks[bestStart].start:toks[last].end]), " ")
	if bestStart > 0 {
		s = "…" + s
	}
	if bestStart+snippetWords < len(toks) {
		s += "…"
	}
	return s
}

// sentenceStarts are the tokens FTS5 takes for the start of a sentence:
// the first, and any after a full stop or colon and white space.
func sentenceStarts(text string, toks []token) []int {
	var out []int
	for i, t := range toks {
		if i == 0 {
			out = append(out, 0)
			continue
		}
		j := t.start - 1
		for j >= 0 && strings.IndexByte(" \t\n\r", text[j]) >= 0 {
			j--
		}
		if j != t.start-1 && j >= 0 && (text[j] == '.' || text[j] == ':') {
			out = append(out, i)
		}
	}
	return out
}

// snippetRunes is how many characters a CJK snippet shows on each side.
const snippetRunes = 24

// around returns the passage of text around the first occurrence of sub,
// whitespace folded.
func around(text, sub string) string {
	i := strings.Index(text, sub)
	if i < 0 {
		return ""
	}
	start, end := i, i+len(sub)
	for n := 0; n < snippetRunes && start > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:start])
		start -= size
	}
	for n := 0; n < snippetRunes && end < len(text); n++ {
		_, size := utf8.DecodeRuneInString(text[end:])
		end += size
	}
	s := strings.Join(strings.Fields(text[start:end]), " ")
	if start > 0 {
		s = "…" + s
	}
	if end < len(text) {
		s += "…"
	}
	return s
}
