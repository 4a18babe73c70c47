package embedded

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/store"
)

// Search ranks hits in tiers, then by score, kind and id:
//
//	0: the query is the hit's id, symbol, key, acronym or name;
//	1: the query names it (an instrument's number, a symbol's prefix, the
//	   words of a body's name);
//	2: words of a document's title or text (scored by FTS5's bm25).
//
// Each source below returns its hits already in that order, with its total,
// so a page is a merge of their heads.
type hit struct {
	tier  int
	score float64
	kind  store.HitKind
	id    string
	lang  string
	snip  string
	label string
}

var kindRank = map[store.HitKind]int{store.HitInstrument: 0, store.HitDocument: 1, store.HitBody: 2}

func compareHits(a, b hit) int {
	return cmp.Or(cmp.Compare(a.tier, b.tier), cmp.Compare(a.score, b.score),
		cmp.Compare(kindRank[a.kind], kindRank[b.kind]), strings.Compare(a.id, b.id))
}

// source is one kind of match: its first n hits in order, and how many
// there are in all.
type source = func(ctx context.Context, tx *sql.Tx, n int) ([]hit, int, error)

// Search finds documents, instruments and bodies (see store.Reader).
func (s *Store) Search(ctx context.Context, q store.SearchQuery) (store.SearchPage, error) {
	var page store.SearchPage
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		page, err = search(ctx, tx, q)
		return err
	})
	return page, wrap(fmt.Sprintf("search %q", q.Text), err)
}

func search(ctx context.Context, tx *sql.Tx, q store.SearchQuery) (store.SearchPage, error) {
	return store.Search(ctx, tx, q, store.SearchSpec[*sql.Tx, hit]{
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
	prefix := ""
	if strings.Contains(sym, "/") {
		prefix = sym
	}
	out = append(out, documentIDSource(sym, prefix), bodySource(text))
	if fq := ftsQuery(text); fq.words != "" || fq.cjk != "" {
		out = append(out, documentTextSource(fq, sym, prefix))
	}
	return out
}

// upper is past every string that starts with its argument.
func upper(prefix string) string { return prefix + string(utf8.MaxRune) }

func collect(ctx context.Context, tx *sql.Tx, mk func(id string) hit, q string, args ...any) ([]hit, error) {
	ids, err := queryStrings(ctx, tx, q, args...)
	if err != nil {
		return nil, err
	}
	hs := make([]hit, len(ids))
	for i, id := range ids {
		hs[i] = mk(id)
	}
	return hs, nil
}

func count(ctx context.Context, tx *sql.Tx, q string, args ...any) (int, error) {
	var n int
	err := tx.QueryRowContext(ctx, q, args...).Scan(&n)
	return n, err
}

// instrumentIDSource matches "untoc-cop:dec:2/6" exactly and
// "untoc-cop:dec:" as a prefix.
func instrumentIDSource(text string) source {
	return func(ctx context.Context, tx *sql.Tx, n int) ([]hit, int, error) {
		exact, err := collect(ctx, tx, func(id string) hit { return hit{tier: 0, kind: store.HitInstrument, id: id} },
			`SELECT id FROM instruments WHERE id = ?1`, text)
		if err != nil {
			return nil, 0, err
		}
		const where = ` FROM instruments WHERE id > ?1 AND id < ?2`
		pre, err := collect(ctx, tx, func(id string) hit { return hit{tier: 1, kind: store.HitInstrument, id: id} },
			`SELECT id`+where+` ORDER BY id LIMIT ?3`, text, upper(text), n)
		if err != nil {
			return nil, 0, err
		}
		total, err := count(ctx, tx, `SELECT count(*)`+where, text, upper(text))
		return append(exact, pre...), total + len(exact), err
	}
}

// instrumentNumberSource matches "decision 2/6", "2/6", "GA resolution
// 55/25", "第55/25号决议".
func instrumentNumberSource(iq store.InstrumentQuery) source {
	return func(ctx context.Context, tx *sql.Tx, n int) ([]hit, int, error) {
		ids, err := queryStrings(ctx, tx, `SELECT id FROM instruments
			WHERE number = ?1 COLLATE NOCASE AND (?2 = '' OR kind = ?2) ORDER BY id`, iq.Number, string(iq.Kind))
		if err != nil {
			return nil, 0, err
		}
		var bs []cite.Body
		if iq.Qualifier != "" {
			if bs, err = bodies(ctx, tx); err != nil {
				return nil, 0, err
			}
		}
		var hs []hit
		for _, s := range ids {
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

// symbolRanges is the SQL condition, on column col, for the ids that
// continue a symbol prefix at a separator ("CTOC/COP/WG.2" names
// CTOC/COP/WG.2/2017/4; "A/80/1" names A/80/1/Add.1 but not A/80/10),
// ignoring case, with its arguments; "0" when there is no prefix.
func symbolRanges(col, prefix string) (string, []any) {
	if prefix == "" {
		return "0", nil
	}
	starts := []string{prefix}
	if !strings.ContainsAny(prefix[len(prefix)-1:], "/.- ") {
		starts = []string{prefix + "/", prefix + ".", prefix + "-", prefix + " "}
	}
	var conds []string
	var args []any
	for i, p := range starts {
		lo, hi := fmt.Sprintf("lo%d", i), fmt.Sprintf("hi%d", i)
		conds = append(conds, fmt.Sprintf("(%s >= @%s COLLATE NOCASE AND %s < @%s COLLATE NOCASE)", col, lo, col, hi))
		args = append(args, sql.Named(lo, p), sql.Named(hi, upper(p)))
	}
	return "(" + strings.Join(conds, " OR ") + ")", args
}

// documentIDSource matches a document's id or symbol, ignoring case:
// exactly, and as a prefix when prefix is set.
func documentIDSource(sym, prefix string) source {
	ranges, rargs := symbolRanges("id", prefix)
	where := ` FROM documents WHERE ` + ranges + ` AND id <> @sym COLLATE NOCASE`
	return func(ctx context.Context, tx *sql.Tx, n int) ([]hit, int, error) {
		exact, err := collect(ctx, tx, func(id string) hit { return hit{tier: 0, kind: store.HitDocument, id: id} },
			`SELECT id FROM documents WHERE id = ?1 COLLATE NOCASE ORDER BY id`, sym)
		if err != nil || prefix == "" {
			return exact, len(exact), err
		}
		args := append([]any{sql.Named("sym", sym)}, rargs...)
		pre, err := collect(ctx, tx, func(id string) hit { return hit{tier: 1, kind: store.HitDocument, id: id} },
			`SELECT id`+where+` ORDER BY id LIMIT @n`, append(args, sql.Named("n", n))...)
		if err != nil {
			return nil, 0, err
		}
		total, err := count(ctx, tx, `SELECT count(*)`+where, args...)
		return append(exact, pre...), total + len(exact), err
	}
}

// bodySource matches bodies by key, acronym and names in every language.
// The registry is small: it is matched here rather than indexed.
func bodySource(text string) source {
	return func(ctx context.Context, tx *sql.Tx, n int) ([]hit, int, error) {
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

// ftsQueries are a search's FTS5 queries: words for version_fts, CJK runs
// for version_cjk; "" when the query has none.
type ftsQueries struct {
	words string
	cjk   string
	runs  []string // the CJK runs, for snippets
}

// ftsQuery turns user text into FTS5 queries that cannot be syntax
// errors: every term is a quoted string of letters, digits and the
// punctuation inside numbers, and terms are ANDed.
func ftsQuery(text string) ftsQueries {
	var q ftsQueries
	var words, cjk []string
	for _, t := range store.Terms(text) {
		if t.CJK {
			cjk = append(cjk, cjkPhrase(t.Text))
			q.runs = append(q.runs, t.Text)
			continue
		}
		words = append(words, `"`+strings.ReplaceAll(t.Text, `"`, `""`)+`"`)
	}
	q.words = strings.Join(words, " ")
	q.cjk = strings.Join(cjk, " AND ")
	return q
}

// documentTextSource matches the words of documents' titles and texts,
// scoring each document by its best language version; documents already
// matched by id are left to documentIDSource.
func documentTextSource(fq ftsQueries, sym, prefix string) source {
	var from, rank string
	switch {
	case fq.words != "":
		from, rank = `version_fts f JOIN versions v ON v.id = f.rowid WHERE version_fts MATCH @words`, `f.rank`
		if fq.cjk != "" {
			from += ` AND f.rowid IN (SELECT rowid FROM version_cjk WHERE version_cjk MATCH @cjk)`
		}
	default:
		from, rank = `version_cjk c JOIN versions v ON v.id = c.rowid WHERE version_cjk MATCH @cjk`, `c.rank`
	}
	ranges, rargs := symbolRanges("v.doc_id", prefix)
	from += ` AND NOT (v.doc_id = @sym COLLATE NOCASE OR ` + ranges + `)`
	args := []any{sql.Named("sym", sym)}
	if fq.words != "" {
		args = append(args, sql.Named("words", fq.words))
	}
	if fq.cjk != "" {
		args = append(args, sql.Named("cjk", fq.cjk))
	}
	args = append(args, rargs...)
	return func(ctx context.Context, tx *sql.Tx, n int) ([]hit, int, error) {
		rows, err := tx.QueryContext(ctx, `SELECT v.doc_id, min(`+rank+`) AS r FROM `+from+`
			GROUP BY v.doc_id ORDER BY r, v.doc_id LIMIT @n`, append(args, sql.Named("n", n))...)
		if err != nil {
			return nil, 0, err
		}
		defer rows.Close()
		var hs []hit
		for rows.Next() {
			h := hit{tier: 2, kind: store.HitDocument}
			if err := rows.Scan(&h.id, &h.score); err != nil {
				return nil, 0, err
			}
			hs = append(hs, h)
		}
		if err := rows.Err(); err != nil {
			return nil, 0, err
		}
		total, err := count(ctx, tx, `SELECT count(DISTINCT v.doc_id) FROM `+from, args...)
		return hs, total, err
	}
}

// describe fills a hit of the page with its label, and for a text match
// the language and passage that matched.
func describe(ctx context.Context, tx *sql.Tx, text string, h *hit) error {
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
		return textSnippet(ctx, tx, ftsQuery(text), h)
	}
	return nil
}

// snippetWords is about how many tokens a snippet holds.
const snippetWords = 16

// textSnippet sets the language and passage of the best-scoring version of
// a document that matched by text.
func textSnippet(ctx context.Context, tx *sql.Tx, fq ftsQueries, h *hit) error {
	type ver struct {
		id         int64
		lang, text string
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, lang, text FROM versions WHERE doc_id = ?1 ORDER BY lang`, h.id)
	if err != nil {
		return err
	}
	var vs []ver
	for rows.Next() {
		var v ver
		if err := rows.Scan(&v.id, &v.lang, &v.text); err != nil {
			rows.Close()
			return err
		}
		vs = append(vs, v)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	best := 0.0
	for _, v := range vs {
		var rank float64
		var snip string
		var err error
		if fq.words != "" {
			err = tx.QueryRowContext(ctx, `SELECT rank, snippet(version_fts, -1, '', '', '…', ?3) FROM version_fts
				WHERE version_fts MATCH ?1 AND rowid = ?2`, fq.words, v.id, snippetWords).Scan(&rank, &snip)
		} else {
			err = tx.QueryRowContext(ctx, `SELECT rank FROM version_cjk WHERE version_cjk MATCH ?1 AND rowid = ?2`,
				fq.cjk, v.id).Scan(&rank)
		}
		if err == sql.ErrNoRows {
			continue
		}
		if err != nil {
			return err
		}
		if h.lang != "" && rank >= best {
			continue
		}
		best, h.lang = rank, v.lang
		h.snip = strings.Join(strings.Fields(snip), " ")
		if len(fq.runs) > 0 && (fq.words == "" || !strings.Contains(snip, fq.runs[0])) {
			h.snip = around(v.text, fq.runs[0])
		}
	}
	return nil
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
