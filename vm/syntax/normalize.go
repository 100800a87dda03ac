package syntax

// Identifier normalization (PEP 3131): non-ASCII identifiers are
// NFKC-normalized with CPython 3.11's Unicode database.

import "github.com/pyjit/pyjit/vm/lib/ucd"

func normalizeIdentifier(s string) string {
	n, _ := ucd.Current.Normalize("NFKC", s)
	return n
}
