package codecs

import "github.com/pyjit/pyjit/vm/lib/ucd"

// Name returns the Unicode name of c as unicodedata.name does, or "" if c
// has none (CPython 3.11's Unicode 14.0.0 database, package ucd).
func Name(c rune) string { return ucd.Name(c) }

// LookupName finds the code point with the given Unicode name or name
// alias, ignoring case, as the \N{...} escape does (named sequences are not
// single characters, and are refused).
func LookupName(name string) (rune, bool) { return ucd.LookupName(name) }
