package export

import (
	"bufio"
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/store"
	"github.com/citegraph/citegraph/internal/store/neo4j"
)

// Files of the neo4j-admin export: nodes, then relationships.
var (
	NodeFiles         = []string{"documents.csv", "versions.csv", "instruments.csv", "bodies.csv"}
	RelationshipFiles = []string{"has_version.csv", "cites_instruments.csv", "cites_documents.csv", "text_of.csv",
		"body_links.csv", "subsidiary_of.csv", "issued_by_instruments.csv", "issued_by_documents.csv"}
)

// headers are the files' header rows, in neo4j-admin's notation: an ID
// space per label, :LABEL and :TYPE columns, typed numbers.
var headers = map[string]string{
	"documents.csv":             "id:ID(Document),:LABEL,idLower,symbol,body,title,lang,meta",
	"versions.csv":              "key:ID(Version),:LABEL,doc,lang,hash,title,text,meta,titleWords,textWords,cjkUni,cjkBi",
	"instruments.csv":           "id:ID(Instrument),:LABEL,body,kind,number,numberLower",
	"bodies.csv":                "key:ID(Body),:LABEL,parent,data,name",
	"has_version.csv":           ":START_ID(Document),:END_ID(Version),:TYPE",
	"cites_instruments.csv":     ":START_ID(Document),:END_ID(Instrument),:TYPE,relation,toKind," + evidenceHeader,
	"cites_documents.csv":       ":START_ID(Document),:END_ID(Document),:TYPE,relation,toKind," + evidenceHeader,
	"text_of.csv":               ":START_ID(Document),:END_ID(Instrument),:TYPE,lang",
	"body_links.csv":            ":START_ID(Body),:END_ID(Instrument),:TYPE,relation,docs:string[]," + evidenceHeader,
	"subsidiary_of.csv":         ":START_ID(Body),:END_ID(Body),:TYPE",
	"issued_by_instruments.csv": ":START_ID(Instrument),:END_ID(Body),:TYPE",
	"issued_by_documents.csv":   ":START_ID(Document),:END_ID(Body),:TYPE",
}

// evidenceHeader is the header of a relationship's evidence lists (see
// neo4j.EvidenceLists), as the store writes them: strings and longs.
const evidenceHeader = "langs:string[],texts:string[],sentences:string[],starts:long[],ends:long[],paragraphs:long[],occurrences:long"

// ArrayDelimiter separates the elements of an array field: U+001F (unit
// separator), a control character no text of the corpus holds (an export
// that meets one in an array element fails, naming the document).
const ArrayDelimiter = "\x1f"

// ImportCommand is the neo4j-admin command that loads the files of dir
// into database (which must be stopped, and is replaced).
func ImportCommand(database string) string {
	var b strings.Builder
	// The database comes first: --nodes and --relationships take any
	// number of files, and would take it for one.
	b.WriteString("neo4j-admin database import full " + database +
		" --overwrite-destination --multiline-fields=true --array-delimiter=U+001F")
	for _, f := range NodeFiles {
		b.WriteString(" --nodes=" + f)
	}
	for _, f := range RelationshipFiles {
		b.WriteString(" --relationships=" + f)
	}
	return b.String()
}

// null is a field written unquoted and empty, which neo4j-admin reads as
// no property; every other string is quoted, so "" stays an empty string
// as the store writes it.
type null struct{}

// csvFile writes one file's rows.
type csvFile struct {
	f    *os.File
	w    *bufio.Writer
	rows int
}

func (c *csvFile) row(fields ...any) {
	for i, f := range fields {
		if i > 0 {
			c.w.WriteByte(',')
		}
		switch v := f.(type) {
		case string:
			c.w.WriteByte('"')
			c.w.WriteString(strings.ReplaceAll(v, `"`, `""`))
			c.w.WriteByte('"')
		case int:
			c.w.WriteString(strconv.Itoa(v))
		case []string:
			c.w.WriteByte('"')
			c.w.WriteString(strings.ReplaceAll(strings.Join(v, ArrayDelimiter), `"`, `""`))
			c.w.WriteByte('"')
		case []int64:
			for i, n := range v {
				if i > 0 {
					c.w.WriteString(ArrayDelimiter)
				}
				c.w.WriteString(strconv.FormatInt(n, 10))
			}
		case null:
		default:
			panic(fmt.Sprintf("csv field of type %T", f))
		}
	}
	c.w.WriteByte('\n')
	c.rows++
}

// WriteNeo4jAdmin writes the graph into dir as neo4j-admin's CSV files,
// with import.sh holding the command that loads them. It returns how many
// rows each file has.
func (g *Graph) WriteNeo4jAdmin(dir string) (map[string]int, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	files := map[string]*csvFile{}
	for _, name := range slices.Concat(NodeFiles, RelationshipFiles) {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			closeAll(files)
			return nil, fmt.Errorf("export: %w", err)
		}
		c := &csvFile{f: f, w: bufio.NewWriterSize(f, 1<<20)}
		c.w.WriteString(headers[name] + "\n")
		files[name] = c
	}
	if err := g.write(files); err != nil {
		closeAll(files)
		return nil, err
	}
	counts := map[string]int{}
	for name, c := range files {
		counts[name] = c.rows
		if err := c.w.Flush(); err != nil {
			closeAll(files)
			return nil, fmt.Errorf("export %s: %w", name, err)
		}
		if err := c.f.Close(); err != nil {
			return nil, fmt.Errorf("export %s: %w", name, err)
		}
	}
	script := "#!/bin/sh\n# Load citegraph's export into a stopped Neo4j 5 database (replacing it);\n" +
		"# citegraph creates its indexes when it first opens the database.\ncd \"$(dirname \"$0\")\" &&\n" +
		ImportCommand(`"${1:-neo4j}"`) + "\n"
	if err := os.WriteFile(filepath.Join(dir, "import.sh"), []byte(script), 0o755); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	return counts, nil
}

func closeAll(files map[string]*csvFile) {
	for _, c := range files {
		c.f.Close()
	}
}

func (g *Graph) write(files map[string]*csvFile) error {
	batches := g.live()
	docs, err := documents(batches)
	if err != nil {
		return err
	}
	linked := map[string]bool{}
	for _, d := range docs {
		files["documents.csv"].row(d.id, "Document", asciiLower(d.id), d.symbol, d.body, d.title, d.lang, d.meta)
		if d.body != "" && d.body != cite.UnresolvedBody {
			files["issued_by_documents.csv"].row(d.id, d.body, "ISSUED_BY")
			linked[d.body] = true
		}
	}
	slices.SortFunc(batches, func(a, b store.Batch) int {
		return strings.Compare(neo4j.VersionKey(a.Document.ID, a.Lang), neo4j.VersionKey(b.Document.ID, b.Lang))
	})
	instruments := map[string]cite.ID{}
	var citeKeys, linkKeys []relKey
	cites, links, kinds := map[relKey][]store.Evidence{}, map[relKey][]store.Evidence{}, map[relKey]cite.Kind{}
	for _, b := range batches {
		meta, err := json.Marshal(b.Document)
		if err != nil {
			return fmt.Errorf("export: encode metadata of %s: %w", b.Document.ID, err)
		}
		key := neo4j.VersionKey(b.Document.ID, b.Lang)
		sf := neo4j.SearchFieldsOf(b.Document.Title, b.Text)
		files["versions.csv"].row(key, "Version", b.Document.ID, b.Lang, b.Hash, b.Document.Title, b.Text, string(meta),
			sf.TitleWords, sf.TextWords, sf.CJKUni, sf.CJKBi)
		files["has_version.csv"].row(b.Document.ID, key, "HAS_VERSION")
		for _, id := range b.Instruments {
			instruments[id.String()] = id
		}
		for _, id := range b.TextOf {
			files["text_of.csv"].row(b.Document.ID, id.String(), "TEXT_OF", b.Lang)
		}
		for _, o := range b.Occurrences {
			k := relKey{from: b.Document.ID, to: o.To, relation: string(o.Relation)}
			if _, ok := cites[k]; !ok {
				citeKeys = append(citeKeys, k)
				kinds[k] = o.ToKind
			}
			cites[k] = append(cites[k], o.Evidence)
		}
		for _, l := range b.BodyLinks {
			k := relKey{from: l.Body, to: l.Instrument.String(), relation: string(l.Relation)}
			if _, ok := links[k]; !ok {
				linkKeys = append(linkKeys, k)
			}
			linked[l.Body] = true
			links[k] = append(links[k], l.Evidence)
		}
	}
	// One relationship per (document, target, relation), its evidence
	// ordered by language, start, end, then the order of the text (the
	// store's order); body links by document first.
	for _, k := range citeKeys {
		evs := cites[k]
		slices.SortStableFunc(evs, func(a, b store.Evidence) int {
			return cmp.Or(strings.Compare(a.Lang, b.Lang), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
		})
		l := neo4j.EvidenceListsOf(evs)
		if err := checkArrays(k.from, l); err != nil {
			return err
		}
		name := "cites_instruments.csv"
		if kinds[k] == cite.KindDocument {
			name = "cites_documents.csv"
		}
		files[name].row(k.from, k.to, "CITES", k.relation, string(kinds[k]), l.Langs, l.Texts, l.Sentences,
			l.Starts, l.Ends, l.Paragraphs, len(evs))
	}
	for _, k := range linkKeys {
		evs := links[k]
		slices.SortStableFunc(evs, func(a, b store.Evidence) int {
			return cmp.Or(strings.Compare(a.Document, b.Document), strings.Compare(a.Lang, b.Lang),
				cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
		})
		l := neo4j.EvidenceListsOf(evs)
		if err := checkArrays(k.from, l); err != nil {
			return err
		}
		typ := "MANDATED_BY"
		if cite.Relation(k.relation) == cite.Establishes {
			typ = "ESTABLISHED_BY"
		}
		files["body_links.csv"].row(k.from, k.to, typ, k.relation, l.Docs, l.Langs, l.Texts, l.Sentences,
			l.Starts, l.Ends, l.Paragraphs, len(evs))
	}
	ids := make([]string, 0, len(instruments))
	for s := range instruments {
		ids = append(ids, s)
	}
	slices.Sort(ids)
	for _, s := range ids {
		id := instruments[s]
		files["instruments.csv"].row(s, "Instrument", id.Body(), string(id.Kind()), id.Number(), asciiLower(id.Number()))
		if id.Body() != cite.UnresolvedBody {
			files["issued_by_instruments.csv"].row(s, id.Body(), "ISSUED_BY")
			linked[id.Body()] = true
		}
	}
	keys := make([]string, 0, len(g.bodies))
	for k, b := range g.bodies {
		keys = append(keys, k)
		if b.Parent != "" {
			linked[b.Parent] = true
		}
	}
	for k := range linked {
		if _, ok := g.bodies[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		b, ok := g.bodies[k]
		if !ok {
			files["bodies.csv"].row(k, "Body", null{}, null{}, null{})
			continue
		}
		data, err := json.Marshal(b)
		if err != nil {
			return fmt.Errorf("export: encode body %s: %w", k, err)
		}
		files["bodies.csv"].row(k, "Body", b.Parent, string(data), b.Name("en"))
		if b.Parent != "" {
			files["subsidiary_of.csv"].row(k, b.Parent, "SUBSIDIARY_OF")
		}
	}
	return nil
}

// relKey is one relationship with evidence: its ends and relation.
type relKey struct{ from, to, relation string }

// checkArrays refuses evidence an array field cannot hold.
func checkArrays(from string, l neo4j.EvidenceLists) error {
	for _, list := range [][]string{l.Docs, l.Langs, l.Texts, l.Sentences} {
		for _, s := range list {
			if strings.Contains(s, ArrayDelimiter) {
				return fmt.Errorf("export: evidence of %s: %q holds U+001F, the array delimiter of neo4j-admin", from, s)
			}
		}
	}
	return nil
}

// asciiLower lowercases ASCII letters only, as the Neo4j store's idLower
// and numberLower properties are.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
