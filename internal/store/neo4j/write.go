package neo4j

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/store"
)

// The write path's statements. Every value comes in as a parameter; the
// only text ever put together is the choice between these constants.
const (
	// qOld lists what the version's earlier write points at: the nodes that
	// may be left unreferenced once it is replaced.
	//
	// Every passage tying a body to an instrument is also a citation of
	// that instrument (store.Plan), so the body links a version made are
	// found from its CITES relationships, not by a scan of every body
	// link's list of documents.
	qOld = `RETURN
		COLLECT { MATCH (:Document {id: $id})-[r:CITES]->(i:Instrument) WHERE $lang IN r.langs RETURN i.id
			UNION MATCH (:Document {id: $id})-[:TEXT_OF {lang: $lang}]->(i:Instrument) RETURN i.id } AS instruments,
		COLLECT { MATCH (:Document {id: $id})-[r:CITES]->(t:Document) WHERE $lang IN r.langs RETURN t.id } AS documents,
		COLLECT { MATCH (:Document {id: $id})-[c:CITES]->(i:Instrument) WHERE $lang IN c.langs
			MATCH (b:Body)-[r:ESTABLISHED_BY|MANDATED_BY]->(i) WHERE $id IN r.docs RETURN DISTINCT b.key } AS bodies`
	qDocumentVersion = `
		MERGE (d:Document {id: $id})
		ON CREATE SET d.idLower = $idLower, d.symbol = '', d.body = '', d.title = '', d.lang = '', d.meta = ''
		WITH d OPTIONAL MATCH (d)-[:HAS_VERSION]->(v:Version {lang: $lang})
		RETURN v.hash, v.meta`
	qUpsertVersion = `
		MATCH (d:Document {id: $id})
		MERGE (v:Version {key: $key}) ON CREATE SET v.doc = $id, v.lang = $lang
		MERGE (d)-[:HAS_VERSION]->(v)
		SET v.hash = $hash, v.title = $title, v.text = $text, v.meta = $meta, v.cjkUni = $uni, v.cjkBi = $bi,
			v.titleWords = $titleWords, v.textWords = $textWords
		WITH d MATCH (d)-[:HAS_VERSION]->(v:Version) RETURN v.meta ORDER BY v.lang`
	qVersionMetas = `MATCH (:Document {id: $id})-[:HAS_VERSION]->(v:Version) RETURN v.meta ORDER BY v.lang`
	// qUpdateDocument sets the merged metadata and removes what the
	// version's earlier write said (the new citations follow): the
	// version's entries leave the evidence lists of the document's CITES
	// relationships and of the body links its passages made, and a
	// relationship left with no evidence goes.
	qUpdateDocument = `
		MATCH (d:Document {id: $id})
		SET d.symbol = $symbol, d.body = $body, d.title = $title, d.lang = $dlang, d.meta = $meta
		WITH d
		CALL (d) { MATCH (d)-[r:TEXT_OF {lang: $lang}]->() DELETE r }
		CALL (d) {
			MATCH (d)-[c:CITES]->(i:Instrument) WHERE $lang IN c.langs
			WITH DISTINCT i WHERE EXISTS { ()-[:ESTABLISHED_BY|MANDATED_BY]->(i) }
			` + lockInstrument + `
			MATCH ()-[r:ESTABLISHED_BY|MANDATED_BY]->(i) WHERE $id IN r.docs
			WITH DISTINCT r
			WITH r, [i IN range(0, size(r.docs) - 1) WHERE r.docs[i] <> $id OR r.langs[i] <> $lang] AS keep
			WHERE size(keep) < size(r.docs)
			CALL (r, keep) { WITH r WHERE size(keep) = 0 DELETE r }
			CALL (r, keep) {
				WITH r, keep WHERE size(keep) > 0
				SET r.docs = [i IN keep | r.docs[i]], r.langs = [i IN keep | r.langs[i]], r.texts = [i IN keep | r.texts[i]],
					r.sentences = [i IN keep | r.sentences[i]], r.starts = [i IN keep | r.starts[i]],
					r.ends = [i IN keep | r.ends[i]], r.paragraphs = [i IN keep | r.paragraphs[i]],
					r.occurrences = size(keep)
			}
		}
		CALL (d) {
			MATCH (d)-[r:CITES]->() WHERE $lang IN r.langs
			WITH r, [i IN range(0, size(r.langs) - 1) WHERE r.langs[i] <> $lang] AS keep
			CALL (r, keep) { WITH r WHERE size(keep) = 0 DELETE r }
			CALL (r, keep) {
				WITH r, keep WHERE size(keep) > 0
				SET r.langs = [i IN keep | r.langs[i]], r.texts = [i IN keep | r.texts[i]],
					r.sentences = [i IN keep | r.sentences[i]], r.starts = [i IN keep | r.starts[i]],
					r.ends = [i IN keep | r.ends[i]], r.paragraphs = [i IN keep | r.paragraphs[i]],
					r.occurrences = size(keep)
			}
		}
		CALL (d) {
			MATCH (d)-[ib:ISSUED_BY]->(old:Body) WHERE old.key <> $body DELETE ib
			WITH old WHERE old.data IS NULL AND NOT EXISTS { (old)--() } DELETE old
		}
		FOREACH (_ IN CASE WHEN $body <> '' AND $body <> '?' THEN [1] ELSE [] END |
			MERGE (b:Body {key: $body}) MERGE (d)-[:ISSUED_BY]->(b))`
	qInstruments = `
		UNWIND $rows AS r
		MERGE (i:Instrument {id: r.id})
		ON CREATE SET i.body = r.body, i.kind = r.kind, i.number = r.number, i.numberLower = r.numberLower
		FOREACH (_ IN CASE WHEN r.body <> '?' THEN [1] ELSE [] END |
			MERGE (b:Body {key: r.body}) MERGE (i)-[:ISSUED_BY]->(b))`
	// A cited document with no text is a stub: its id, symbol and body. A
	// document with a text is never touched by being cited.
	qStubs = `
		UNWIND $rows AS r
		MERGE (n:Document {id: r.id})
		ON CREATE SET n.idLower = r.idLower, n.symbol = r.id, n.body = '', n.title = '', n.lang = '', n.meta = ''
		WITH n, r WHERE n.body = '' AND r.body <> '' AND NOT EXISTS { (n)-[:HAS_VERSION]->() }
		SET n.body = r.body
		FOREACH (_ IN CASE WHEN r.body <> '?' THEN [1] ELSE [] END |
			MERGE (b:Body {key: r.body}) MERGE (n)-[:ISSUED_BY]->(b))`
	qTextOf = `
		MATCH (d:Document {id: $id}) UNWIND $rows AS r MATCH (i:Instrument {id: r})
		CREATE (d)-[:TEXT_OF {lang: $lang}]->(i)`
	// lockInstrument takes the write lock of the instrument i (a write of
	// a property to its own value), held to the end of the transaction,
	// before the lists of its body links are read and rewritten: body
	// links gather passages of many documents, which ingest writes in
	// parallel, and a rewrite from lists read before another
	// transaction's commit would lose that transaction's entries. (CITES
	// lists belong to one document, whose node qUpdateDocument writes,
	// and so locks, first.)
	lockInstrument = `SET i.numberLower = i.numberLower WITH *`
	// qCites merges one CITES relationship per row (cited node, relation)
	// and puts the version's evidence into its lists, between the entries
	// of the languages before and after $lang (which has none left there).
	qCites = `
		WITH d, t, r
		MERGE (d)-[c:CITES {relation: r.relation}]->(t)
		ON CREATE SET c.toKind = r.toKind
		WITH c, r, coalesce(c.langs, []) AS ls
		WITH c, r, [k IN range(0, size(ls) - 1) WHERE ls[k] < $lang] AS lo, [k IN range(0, size(ls) - 1) WHERE ls[k] > $lang] AS hi
		WITH c, r, lo, hi, [k IN lo | c.langs[k]] + [x IN r.texts | $lang] + [k IN hi | c.langs[k]] AS langs,
			[k IN lo | c.texts[k]] + r.texts + [k IN hi | c.texts[k]] AS texts,
			[k IN lo | c.sentences[k]] + r.sentences + [k IN hi | c.sentences[k]] AS sentences,
			[k IN lo | c.starts[k]] + r.starts + [k IN hi | c.starts[k]] AS starts,
			[k IN lo | c.ends[k]] + r.ends + [k IN hi | c.ends[k]] AS ends,
			[k IN lo | c.paragraphs[k]] + r.paragraphs + [k IN hi | c.paragraphs[k]] AS paragraphs
		SET c.langs = langs, c.texts = texts, c.sentences = sentences, c.starts = starts, c.ends = ends,
			c.paragraphs = paragraphs, c.occurrences = size(langs)`
	qCitesInstrument = `MATCH (d:Document {id: $id}) UNWIND $rows AS r MATCH (t:Instrument {id: r.to})` + qCites
	qCitesDocument   = `MATCH (d:Document {id: $id}) UNWIND $rows AS r MATCH (t:Document {id: r.to})` + qCites
	// qBodyLink is qCites for a body link, whose entries are ordered by
	// document, then language.
	qBodyLink = `]->(i)
		WITH l, r, coalesce(l.docs, []) AS ds, coalesce(l.langs, []) AS ls
		WITH l, r, [k IN range(0, size(ds) - 1) WHERE ds[k] < $id OR (ds[k] = $id AND ls[k] < $lang)] AS lo,
			[k IN range(0, size(ds) - 1) WHERE ds[k] > $id OR (ds[k] = $id AND ls[k] > $lang)] AS hi
		WITH l, r, lo, hi, [k IN lo | l.docs[k]] + [x IN r.texts | $id] + [k IN hi | l.docs[k]] AS docs,
			[k IN lo | l.langs[k]] + [x IN r.texts | $lang] + [k IN hi | l.langs[k]] AS langs,
			[k IN lo | l.texts[k]] + r.texts + [k IN hi | l.texts[k]] AS texts,
			[k IN lo | l.sentences[k]] + r.sentences + [k IN hi | l.sentences[k]] AS sentences,
			[k IN lo | l.starts[k]] + r.starts + [k IN hi | l.starts[k]] AS starts,
			[k IN lo | l.ends[k]] + r.ends + [k IN hi | l.ends[k]] AS ends,
			[k IN lo | l.paragraphs[k]] + r.paragraphs + [k IN hi | l.paragraphs[k]] AS paragraphs
		SET l.docs = docs, l.langs = langs, l.texts = texts, l.sentences = sentences, l.starts = starts, l.ends = ends,
			l.paragraphs = paragraphs, l.occurrences = size(langs)`
	qEstablishedBy = `
		UNWIND $rows AS r MATCH (i:Instrument {id: r.instrument}) ` + lockInstrument + ` MERGE (b:Body {key: r.body})
		MERGE (b)-[l:ESTABLISHED_BY {relation: r.relation}` + qBodyLink
	qMandatedBy = `
		UNWIND $rows AS r MATCH (i:Instrument {id: r.instrument}) ` + lockInstrument + ` MERGE (b:Body {key: r.body})
		MERGE (b)-[l:MANDATED_BY {relation: r.relation}` + qBodyLink
	// Nodes nothing points at any more go, so that the graph is what the
	// latest version of each document says, whatever came before.
	qDropInstruments = `
		UNWIND $rows AS r MATCH (i:Instrument {id: r})
		WHERE NOT EXISTS { ()-[:CITES|TEXT_OF|ESTABLISHED_BY|MANDATED_BY]->(i) }
		OPTIONAL MATCH (i)-[:ISSUED_BY]->(b:Body)
		DETACH DELETE i
		WITH DISTINCT b WHERE b IS NOT NULL AND b.data IS NULL AND NOT EXISTS { (b)--() }
		DELETE b`
	qDropStubs = `
		UNWIND $rows AS r MATCH (n:Document {id: r})
		WHERE NOT EXISTS { (n)-[:HAS_VERSION]->() } AND NOT EXISTS { ()-[:CITES]->(n) }
		OPTIONAL MATCH (n)-[:ISSUED_BY]->(b:Body)
		DETACH DELETE n
		WITH DISTINCT b WHERE b IS NOT NULL AND b.data IS NULL AND NOT EXISTS { (b)--() }
		DELETE b`
	qDropBodies = `
		UNWIND $rows AS r MATCH (b:Body {key: r})
		WHERE b.data IS NULL AND NOT EXISTS { (b)--() }
		DELETE b`
	qPutBodies = `
		UNWIND $rows AS r
		MERGE (b:Body {key: r.key})
		SET b.parent = r.parent, b.data = r.data, b.name = r.name
		WITH b, r
		OPTIONAL MATCH (b)-[s:SUBSIDIARY_OF]->()
		DELETE s
		WITH DISTINCT b, r WHERE r.parent <> ''
		MERGE (p:Body {key: r.parent})
		MERGE (b)-[:SUBSIDIARY_OF]->(p)`
)

// asciiLower lowercases ASCII letters only: the case folding SQLite's
// NOCASE does, so that both stores match ids and numbers alike.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// PutDocument writes one language version of one document, and what it
// cites, in one transaction (see store.Writer).
func (s *Store) PutDocument(ctx context.Context, rec store.Record) error {
	b, err := store.Plan(rec)
	if err != nil {
		return fmt.Errorf("put document %s: %w", rec.Document.ID, err)
	}
	err = s.write(ctx, func(tx neo4j.ManagedTransaction) error { return s.putBatch(ctx, tx, b) })
	return wrap("put document "+b.Document.ID+" ("+b.Lang+")", err)
}

// batches runs q once per BatchSize rows.
func (s *Store) batches(ctx context.Context, tx neo4j.ManagedTransaction, q string, params map[string]any, rows []any) error {
	for len(rows) > 0 {
		n := min(len(rows), s.batch)
		p := map[string]any{"rows": rows[:n]}
		for k, v := range params {
			p[k] = v
		}
		if err := exec(ctx, tx, q, p); err != nil {
			return err
		}
		rows = rows[n:]
	}
	return nil
}

// evidenceRows groups a version's evidence into one row per relationship
// (key), the order of keys first seen kept; each row carries parallel
// lists (texts, sentences, starts, ends, paragraphs) sorted by start, then
// end, then the order of the batch: the order the embedded store gives
// them within a language.
type evidenceRows struct {
	keys []string
	rows map[string]map[string]any
	evs  map[string][]store.Evidence
}

func (g *evidenceRows) add(key string, row func() map[string]any, e store.Evidence) {
	if g.rows == nil {
		g.rows, g.evs = map[string]map[string]any{}, map[string][]store.Evidence{}
	}
	if _, ok := g.rows[key]; !ok {
		g.keys = append(g.keys, key)
		g.rows[key] = row()
	}
	g.evs[key] = append(g.evs[key], e)
}

// list returns the rows, each with its evidence lists.
func (g *evidenceRows) list() []any {
	out := make([]any, 0, len(g.keys))
	for _, k := range g.keys {
		evs := g.evs[k]
		slices.SortStableFunc(evs, func(a, b store.Evidence) int {
			return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
		})
		l := EvidenceListsOf(evs)
		r := g.rows[k]
		r["texts"], r["sentences"], r["starts"], r["ends"], r["paragraphs"] = l.Texts, l.Sentences, l.Starts, l.Ends, l.Paragraphs
		out = append(out, r)
	}
	return out
}

// EvidenceLists are the parallel list properties that carry the evidence
// of one relationship (CITES, ESTABLISHED_BY, MANDATED_BY), one entry per
// occurrence.
type EvidenceLists struct {
	Docs, Langs, Texts, Sentences []string
	Starts, Ends, Paragraphs      []int64
}

// EvidenceListsOf is the lists of evs, in their order.
func EvidenceListsOf(evs []store.Evidence) EvidenceLists {
	var l EvidenceLists
	for _, e := range evs {
		l.Docs = append(l.Docs, e.Document)
		l.Langs = append(l.Langs, e.Lang)
		l.Texts = append(l.Texts, e.Text)
		l.Sentences = append(l.Sentences, e.Sentence)
		l.Starts = append(l.Starts, int64(e.Start))
		l.Ends = append(l.Ends, int64(e.End))
		l.Paragraphs = append(l.Paragraphs, int64(e.Paragraph))
	}
	return l
}

func (s *Store) putBatch(ctx context.Context, tx neo4j.ManagedTransaction, b store.Batch) error {
	id, lang := b.Document.ID, b.Lang
	key := map[string]any{"id": id, "lang": lang}
	recs, err := collect(ctx, tx, qOld, key)
	if err != nil {
		return fmt.Errorf("old citations: %w", err)
	}
	oldIns, oldDocs, oldBodies := list(recs[0].Values[0]), list(recs[0].Values[1]), list(recs[0].Values[2])
	if err := putVersion(ctx, tx, b); err != nil {
		return err
	}
	var ins []any
	for _, in := range b.Instruments {
		ins = append(ins, map[string]any{
			"id": in.String(), "body": in.Body(), "kind": string(in.Kind()),
			"number": in.Number(), "numberLower": asciiLower(in.Number()),
		})
	}
	if err := s.batches(ctx, tx, qInstruments, nil, ins); err != nil {
		return fmt.Errorf("instruments: %w", err)
	}
	var stubs []any
	for _, d := range b.DocRefs {
		stubs = append(stubs, map[string]any{"id": d.ID, "idLower": asciiLower(d.ID), "body": d.Body})
	}
	if err := s.batches(ctx, tx, qStubs, nil, stubs); err != nil {
		return fmt.Errorf("cited documents: %w", err)
	}
	var textOf []any
	for _, in := range b.TextOf {
		textOf = append(textOf, in.String())
	}
	if err := s.batches(ctx, tx, qTextOf, key, textOf); err != nil {
		return fmt.Errorf("text of: %w", err)
	}
	var toIns, toDocs evidenceRows
	for _, o := range b.Occurrences {
		g := &toIns
		if o.ToKind == cite.KindDocument {
			g = &toDocs
		}
		g.add(o.To+"\x00"+string(o.Relation), func() map[string]any {
			return map[string]any{"to": o.To, "toKind": string(o.ToKind), "relation": string(o.Relation)}
		}, o.Evidence)
	}
	if err := s.batches(ctx, tx, qCitesInstrument, key, toIns.list()); err != nil {
		return fmt.Errorf("citations: %w", err)
	}
	if err := s.batches(ctx, tx, qCitesDocument, key, toDocs.list()); err != nil {
		return fmt.Errorf("citations: %w", err)
	}
	var est, man evidenceRows
	for _, l := range b.BodyLinks {
		g := &man
		if l.Relation == cite.Establishes {
			g = &est
		}
		g.add(l.Body+"\x00"+l.Instrument.String()+"\x00"+string(l.Relation), func() map[string]any {
			return map[string]any{"body": l.Body, "instrument": l.Instrument.String(), "relation": string(l.Relation)}
		}, l.Evidence)
	}
	if err := s.batches(ctx, tx, qEstablishedBy, key, est.list()); err != nil {
		return fmt.Errorf("body links: %w", err)
	}
	if err := s.batches(ctx, tx, qMandatedBy, key, man.list()); err != nil {
		return fmt.Errorf("body links: %w", err)
	}
	for _, drop := range []struct {
		q   string
		ids []any
	}{{qDropInstruments, oldIns}, {qDropStubs, oldDocs}, {qDropBodies, oldBodies}} {
		if err := s.batches(ctx, tx, drop.q, nil, drop.ids); err != nil {
			return fmt.Errorf("drop unreferenced nodes: %w", err)
		}
	}
	return nil
}

// putVersion writes the version's text and metadata, unless they are
// already there, and recomputes the document's metadata from all its
// versions.
func putVersion(ctx context.Context, tx neo4j.ManagedTransaction, b store.Batch) error {
	id, lang := b.Document.ID, b.Lang
	meta, err := json.Marshal(b.Document)
	if err != nil {
		return fmt.Errorf("encode metadata: %w", err)
	}
	recs, err := collect(ctx, tx, qDocumentVersion, map[string]any{"id": id, "lang": lang, "idLower": asciiLower(id)})
	if err != nil {
		return fmt.Errorf("version: %w", err)
	}
	var metas []string
	if len(recs) == 0 || str(recs[0].Values[0]) != b.Hash || str(recs[0].Values[1]) != string(meta) {
		sf := SearchFieldsOf(b.Document.Title, b.Text)
		metas, err = strs(ctx, tx, qUpsertVersion, map[string]any{
			"id": id, "lang": lang, "key": VersionKey(id, lang), "hash": b.Hash, "title": b.Document.Title,
			"text": b.Text, "meta": string(meta), "uni": sf.CJKUni, "bi": sf.CJKBi,
			"titleWords": sf.TitleWords, "textWords": sf.TextWords,
		})
		if err != nil {
			return fmt.Errorf("upsert version: %w", err)
		}
	} else if metas, err = strs(ctx, tx, qVersionMetas, map[string]any{"id": id}); err != nil {
		return fmt.Errorf("version metadata: %w", err)
	}
	versions := make([]cite.Document, len(metas))
	for i, m := range metas {
		if err := json.Unmarshal([]byte(m), &versions[i]); err != nil {
			return fmt.Errorf("decode metadata of %s: %w", id, err)
		}
	}
	d := store.MergeVersions(versions)
	merged, err := json.Marshal(d)
	if err != nil {
		return fmt.Errorf("encode metadata: %w", err)
	}
	err = exec(ctx, tx, qUpdateDocument, map[string]any{
		"id": id, "lang": lang, "symbol": d.Symbol, "body": d.Body, "title": d.Title, "dlang": d.Lang, "meta": string(merged),
	})
	if err != nil {
		return fmt.Errorf("update document: %w", err)
	}
	return nil
}

// PutBodies adds or updates the registry's bodies, in one transaction.
func (s *Store) PutBodies(ctx context.Context, bodies []cite.Body) error {
	var rows []any
	for _, b := range bodies {
		if !cite.ValidBodyKey(b.Key) {
			return fmt.Errorf("put bodies: %w: body key %q", store.ErrInvalid, b.Key)
		}
		if b.Parent != "" && !cite.ValidBodyKey(b.Parent) {
			return fmt.Errorf("put bodies: %w: body %s: parent %q", store.ErrInvalid, b.Key, b.Parent)
		}
		data, err := json.Marshal(b)
		if err != nil {
			return fmt.Errorf("put bodies: encode body %s: %w", b.Key, err)
		}
		rows = append(rows, map[string]any{"key": b.Key, "parent": b.Parent, "data": string(data), "name": b.Name("en")})
	}
	err := s.write(ctx, func(tx neo4j.ManagedTransaction) error {
		return s.batches(ctx, tx, qPutBodies, nil, rows)
	})
	return wrap("put bodies", err)
}

// searchWords is text as the words index sees it: every character that is
// not a letter, digit or mark becomes a space. Lucene's standard tokenizer
// keeps "l'assistance" or "U.N." as one token, where the embedded store's
// unicode61 sees "l", "assistance"; splitting first makes both stores find
// the same words.
func searchWords(text string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			return r
		}
		return ' '
	}, text)
}

// VersionKey is the key of the (:Version) node of a document's language
// version: the document id, "@", the language (which has no "@").
func VersionKey(doc, lang string) string { return doc + "@" + lang }

// SearchFields are the properties of a (:Version) node that the full-text
// indexes read, derived from its title and text.
type SearchFields struct {
	TitleWords, TextWords string // searchWords of the title and text
	CJKUni, CJKBi         string // store.CJKTokens of title and text
}

// SearchFieldsOf derives a version's search fields (what PutDocument
// writes, and what an export for neo4j-admin must write too).
func SearchFieldsOf(title, text string) SearchFields {
	uni, bi := store.CJKTokens(title + "\n" + text)
	return SearchFields{TitleWords: searchWords(title), TextWords: searchWords(text), CJKUni: uni, CJKBi: bi}
}
