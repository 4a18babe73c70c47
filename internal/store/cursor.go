package store

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
)

// cursorVersion prefixes every cursor so that a later change of layout can
// reject old cursors as invalid instead of misreading them.
const cursorVersion = "c1"

// EncodeCursor makes an opaque cursor from the sort key of the last item of
// a page. Every backend uses it, so a cursor means the same on each.
func EncodeCursor(key ...string) string {
	b, err := json.Marshal(append([]string{cursorVersion}, key...))
	if err != nil {
		// A []string always marshals.
		panic(err)
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// DecodeCursor returns the n parts of a cursor made by EncodeCursor. A
// cursor that was not made so, or with another number of parts, is
// ErrInvalid.
func DecodeCursor(cursor string, n int) ([]string, error) {
	b, err := base64.RawURLEncoding.DecodeString(cursor)
	if err != nil {
		return nil, fmt.Errorf("%w: cursor %q", ErrInvalid, cursor)
	}
	var parts []string
	if err := json.Unmarshal(b, &parts); err != nil || len(parts) != n+1 || parts[0] != cursorVersion {
		return nil, fmt.Errorf("%w: cursor %q", ErrInvalid, cursor)
	}
	return parts[1:], nil
}

// PageSize checks a requested page size: 0 or less means DefaultPageSize,
// more than MaxPageSize is ErrInvalid.
func PageSize(first int) (int, error) {
	switch {
	case first <= 0:
		return DefaultPageSize, nil
	case first > MaxPageSize:
		return 0, fmt.Errorf("%w: page size %d is more than %d", ErrInvalid, first, MaxPageSize)
	}
	return first, nil
}
