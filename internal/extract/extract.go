// Package extract finds citations of instruments and documents in the text
// of a UN document, in any of the six official languages, and reads the
// document's own metadata from its header. It is pure: bytes in, values
// out, no I/O and no context.
package extract

import (
	"github.com/citegraph/citegraph/internal/cite"
	"github.com/citegraph/citegraph/internal/registry"
)

// Options are what the caller knows that the text may not say.
type Options struct {
	// Symbol is the citing document's symbol when the text does not carry
	// it (--symbol); it decides the document's body by prefix.
	Symbol string
	// Lang is the text's language (en, fr, es, ru, ar, zh) when detection
	// is not wanted (--lang).
	Lang string
	// Registry is the body registry; nil means registry.Default().
	Registry *registry.Registry
}

// Result is everything Extract reads from one text.
type Result struct {
	// Document is the citing document's metadata from the header (or
	// Options): ID is the symbol, or cite.HashID of src when there is none.
	Document cite.Document
	// Citations are in the order they occur; their offsets are bytes into
	// the src given to Extract.
	Citations []cite.Citation
	// TextOf are the instruments the document is the text of, from its
	// symbol (A/RES/55/25 is the text of ga:res:55/25).
	TextOf []cite.ID
	// Warnings are things a person should know about the text (invalid
	// UTF-8 replaced, language guessed from little text …), each naming
	// the line it is about.
	Warnings []string
}
