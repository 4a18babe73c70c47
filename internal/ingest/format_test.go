package ingest

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name     string
		data     []byte
		want     string
		warnings []string
		err      error
	}{
		{name: "utf-8", data: []byte("résolution 7/1\n"), want: "résolution 7/1\n"},
		{name: "empty", data: nil, want: ""},
		{name: "byte-order mark dropped", data: []byte("\xEF\xBB\xBFdécision 2/6"), want: "décision 2/6"},
		{name: "utf-16le", data: []byte{0xFF, 0xFE, 'd', 0, 0xE9, 0, 'c', 0}, want: "déc"},
		{name: "utf-16be", data: []byte{0xFE, 0xFF, 0, 'd', 0, 0xE9, 0, 'c'}, want: "déc"},
		{name: "utf-16 odd trailing byte", data: []byte{0xFF, 0xFE, 'a', 0, 'b'}, want: "a\uFFFD"},
		{name: "NUL byte: not text", data: []byte("PK\x03\x04\x00\x00"), err: ErrNotText},
		{name: "NUL in utf-16 text", data: []byte{0xFF, 0xFE, 'a', 0, 0, 0}, err: ErrNotText},
		{
			name:     "invalid utf-8 on one line",
			data:     []byte("one\ntwo\nth\xE9ree\n"),
			want:     "one\ntwo\nth\uFFFDree\n",
			warnings: []string{"line 3: invalid UTF-8 replaced with U+FFFD"},
		},
		{
			name:     "invalid utf-8 on three lines, last without newline",
			data:     []byte("\xFF\n\nok\n\xC3(\nx\xE9"),
			want:     "\uFFFD\n\nok\n\uFFFD(\nx\uFFFD",
			warnings: []string{"line 1: invalid UTF-8 replaced with U+FFFD (and on 2 more lines)"},
		},
		{
			name:     "invalid utf-8 on two lines",
			data:     []byte("a\xFF\nb\xFF"),
			want:     "a\uFFFD\nb\uFFFD",
			warnings: []string{"line 1: invalid UTF-8 replaced with U+FFFD (and on 1 more line)"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warnings, err := DecodeText(tt.data)
			if !errors.Is(err, tt.err) {
				t.Fatalf("DecodeText(%q) error = %v, want %v", tt.data, err, tt.err)
			}
			if err != nil {
				return
			}
			if got != tt.want {
				t.Errorf("DecodeText(%q) = %q, want %q", tt.data, got, tt.want)
			}
			if diff := cmp.Diff(tt.warnings, warnings); diff != "" {
				t.Errorf("DecodeText(%q) warnings (-want +got):\n%s", tt.data, diff)
			}
		})
	}
}
