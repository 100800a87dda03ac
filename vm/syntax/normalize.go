package syntax

// Identifier normalization (PEP 3131): non-ASCII identifiers are NFKC-normalized.

import "golang.org/x/text/unicode/norm"

func normalizeIdentifier(s string) string {
	return norm.NFKC.String(s)
}
