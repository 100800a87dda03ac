package code

// Python's notion of a printable character, used by str.__repr__.

import "github.com/pyjit/pyjit/vm/lib/ucd"

// IsPrintable reports whether Python's str.isprintable() holds for r in
// CPython 3.11's Unicode database: everything except the categories Cc,
// Cf, Cs, Co, Cn, Zl, Zp and Zs (other than the ASCII space).
func IsPrintable(r rune) bool { return ucd.IsPrintable(r) }
