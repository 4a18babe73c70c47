// Package seeds holds the demo corpus that `citegraph serve` loads into an
// empty database: the French note of the Conference of the Parties to the
// United Nations Convention against Transnational Organized Crime (2018)
// that citegraph started from, and a dozen real UN documents around it —
// Security Council resolutions on Iraq that recall and build on each
// other, General Assembly resolutions and a decision that replaces two
// working groups, a UNFCCC decision report, and a presidential statement
// and a Commission report in English, French and Spanish. credits.tsv
// says where each text comes from and how to credit it.
//
// A file NAME.json beside NAME.txt gives what the text does not say of
// itself (symbol, language, date, title, the instruments it is the text
// of); ingest reads it the same way for any folder.
package seeds

import "embed"

// FS is the seed corpus: the texts and their sidecar files.
//
//go:embed *.txt *.json
var FS embed.FS
