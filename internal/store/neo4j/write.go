package neo4j

import (
	"context"
	"encoding/json"
	"fmt"
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
	qOld = `RETURN
		COLLECT { MATCH (:Document {id: $id})-[:CITES|TEXT_OF {lang: $lang}]->(i:Instrument) RETURN i.id
			UNION MATCH (:Body)-[:ESTABLISHED_BY {doc: $id, lang: $lang}]->(i:Instrument) RETURN i.id
			UNION MATCH (:Body)-[:MANDATED_BY {doc: $id, lang: $lang}]->(i:Instrument) RETURN i.id } AS instruments,
		COLLECT { MATCH (:Document {id: $id})-[:CITES {lang: $lang}]->(t:Document) RETURN DISTINCT t.id } AS documents,
		COLLECT { MATCH (b:Body)-[:ESTABLISHED_BY {doc: $id, lang: $lang}]->() RETURN b.key
			UNION MATCH (b:Body)-[:MANDATED_BY {doc: $id, lang: $lang}]->() RETURN b.key } AS bodies`
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
	// version's earlier write said (the new citations follow).
	qUpdateDocument = `
		MATCH (d:Document {id: $id})
		SET d.symbol = $symbol, d.body = $body, d.title = $title, d.lang = $dlang, d.meta = $meta
		WITH d
		CALL (d) { MATCH (d)-[r:CITES|TEXT_OF {lang: $lang}]->() DELETE r }
		CALL () { MATCH ()-[r:ESTABLISHED_BY {doc: $id, lang: $lang}]->() DELETE r }
		CALL () { MATCH ()-[r:MANDATED_BY {doc: $id, lang: $lang}]->() DELETE r }
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
	qCitesInstrument = `
		MATCH (d:Document {id: $id}) UNWIND $rows AS r MATCH (t:Instrument {id: r.to})
		CREATE (d)-[:CITES {relation: r.relation, toKind: r.toKind, lang: r.lang, text: r.text, sentence: r.sentence,
			start: r.start, end: r.end, paragraph: r.paragraph, seq: r.seq}]->(t)`
	qCitesDocument = `
		MATCH (d:Document {id: $id}) UNWIND $rows AS r MATCH (t:Document {id: r.to})
		CREATE (d)-[:CITES {relation: r.relation, toKind: r.toKind, lang: r.lang, text: r.text, sentence: r.sentence,
			start: r.start, end: r.end, paragraph: r.paragraph, seq: r.seq}]->(t)`
	qEstablishedBy = `
		UNWIND $rows AS r MATCH (i:Instrument {id: r.instrument}) MERGE (b:Body {key: r.body})
		CREATE (b)-[:ESTABLISHED_BY {relation: r.relation, doc: $id, lang: r.lang, text: r.text, sentence: r.sentence,
			start: r.start, end: r.end, paragraph: r.paragraph, seq: r.seq}]->(i)`
	qMandatedBy = `
		UNWIND $rows AS r MATCH (i:Instrument {id: r.instrument}) MERGE (b:Body {key: r.body})
		CREATE (b)-[:MANDATED_BY {relation: r.relation, doc: $id, lang: r.lang, text: r.text, sentence: r.sentence,
			start: r.start, end: r.end, paragraph: r.paragraph, seq: r.seq}]->(i)`
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

func evidenceRow(e store.Evidence, seq int) map[string]any {
	return map[string]any{
		"lang": e.Lang, "text": e.Text, "sentence": e.Sentence,
		"start": int64(e.Start), "end": int64(e.End), "paragraph": int64(e.Paragraph), "seq": int64(seq),
	}
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
	var toIns, toDocs []any
	for i, o := range b.Occurrences {
		r := evidenceRow(o.Evidence, i)
		r["to"], r["toKind"], r["relation"] = o.To, string(o.ToKind), string(o.Relation)
		if o.ToKind == cite.KindDocument {
			toDocs = append(toDocs, r)
		} else {
			toIns = append(toIns, r)
		}
	}
	if err := s.batches(ctx, tx, qCitesInstrument, key, toIns); err != nil {
		return fmt.Errorf("citations: %w", err)
	}
	if err := s.batches(ctx, tx, qCitesDocument, key, toDocs); err != nil {
		return fmt.Errorf("citations: %w", err)
	}
	var est, man []any
	for i, l := range b.BodyLinks {
		r := evidenceRow(l.Evidence, i)
		r["body"], r["instrument"], r["relation"] = l.Body, l.Instrument.String(), string(l.Relation)
		if l.Relation == cite.Establishes {
			est = append(est, r)
		} else {
			man = append(man, r)
		}
	}
	if err := s.batches(ctx, tx, qEstablishedBy, key, est); err != nil {
		return fmt.Errorf("body links: %w", err)
	}
	if err := s.batches(ctx, tx, qMandatedBy, key, man); err != nil {
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
	CJKUni, CJKBi         string // cjkTokens of title and text
}

// SearchFieldsOf derives a version's search fields (what PutDocument
// writes, and what an export for neo4j-admin must write too).
func SearchFieldsOf(title, text string) SearchFields {
	uni, bi := cjkTokens(title + "\n" + text)
	return SearchFields{TitleWords: searchWords(title), TextWords: searchWords(text), CJKUni: uni, CJKBi: bi}
}
