package codecache

import "github.com/pyjit/pyjit/vm/code"

// Body returns the body of a cache file (past its header).
func Body(data []byte) []byte { return data[headerSize:] }

// DecodeBody decodes a body without checking a checksum.
func DecodeBody(body []byte) (*code.Code, error) { return decodeCode(body) }
