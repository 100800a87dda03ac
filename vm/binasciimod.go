package vm

// The binascii module, as CPython 3.11's Modules/binascii.c; the codecs
// are in vm/lib/binasciicodec.

import (
	"hash/crc32"
	"math/big"

	"github.com/pyjit/pyjit/vm/lib/binasciicodec"
)

// bufferArg is an argument CPython reads as a simple buffer ('y*'): a
// bytes-like object, which must be C-contiguous.
func bufferArg(v Value) ([]byte, error) {
	if !contiguous(v) {
		return nil, Errorf(BufferErrorType, "memoryview: underlying buffer is not C-contiguous")
	}
	return bytesLikeArg(v)
}

// contiguous reports whether v is not a memoryview whose items are
// spread out.
func contiguous(v Value) bool {
	m, ok := bufferObject(v).o.(*MemoryView)
	return !ok || m.released || m.cContiguous()
}

// asciiBufferArg is binascii's ascii_buffer converter: a bytes-like
// object, or a str of ASCII characters.
func asciiBufferArg(v Value) ([]byte, error) {
	if s, ok := unwrap(v).o.(*Str); ok {
		if !s.isASCII() {
			return nil, Errorf(ValueErrorType, "string argument should contain only ASCII characters")
		}
		return []byte(s.s), nil
	}
	if b, ok := bytesLike(v); ok && contiguous(v) {
		return b, nil
	}
	return nil, Errorf(TypeErrorType, "argument should be bytes, buffer or ASCII string, not '%s'", v.Type().Name)
}

// boolIntArg is Argument Clinic's bool(accept={int}); def when v is Null.
func (th *Thread) boolIntArg(v Value, def bool) (bool, error) {
	if v.o == nil {
		return def, nil
	}
	n, err := th.cIntArg(v)
	return n != 0, err
}

// uint32MaskArg is Argument Clinic's unsigned_int(bitwise=True): the low
// 32 bits of an int.
func (th *Thread) uint32MaskArg(v Value) (uint32, error) {
	if v.IsSmallInt() {
		return uint32(int64(v.n)), nil
	}
	b, err := th.bigIndex(v)
	if err != nil {
		return 0, err
	}
	return uint32(new(big.Int).And(b, big.NewInt(0xffffffff)).Uint64()), nil
}

func (th *Thread) binasciiErr(err error) error {
	if binasciicodec.IsError(err) {
		return Errorf(th.moduleError("binascii", "Error", ValueErrorType), "%s", err.Error())
	}
	return err
}

func bytesResult(b []byte) Value { return Obj(&Bytes{b: b}) }

func binasciiHexlify(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var dv, sepV, perV Value
	if err := unpackArgs("hexlify", args, kw, 1, []string{"data", "sep", "bytes_per_sep"}, &dv, &sepV, &perV); err != nil {
		return Null, err
	}
	data, err := bufferArg(dv)
	if err != nil {
		return Null, err
	}
	per := int64(1)
	if perV.o != nil {
		if per, err = th.cIntArg(perV); err != nil {
			return Null, err
		}
	}
	out, err := th.hexDigits(data, sepV, per, 255)
	if err != nil {
		return Null, err
	}
	return bytesResult(out), nil
}

func binasciiUnhexlify(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	data, err := asciiBufferArg(args[0])
	if err != nil {
		return Null, err
	}
	out, err := binasciicodec.DecodeHex(data)
	if err != nil {
		return Null, th.binasciiErr(err)
	}
	return bytesResult(out), nil
}

func binasciiB2aBase64(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var dv, nl Value
	if err := unpackArgs("b2a_base64", args, kw, 1, []string{"data", "$newline"}, &dv, &nl); err != nil {
		return Null, err
	}
	data, err := bufferArg(dv)
	if err != nil {
		return Null, err
	}
	newline, err := th.boolIntArg(nl, true)
	if err != nil {
		return Null, err
	}
	if err := th.alloc(int64(len(data))/3*4 + 5); err != nil {
		return Null, err
	}
	return bytesResult(binasciicodec.EncodeBase64(data, newline)), nil
}

func binasciiA2bBase64(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var dv, sm Value
	if err := unpackArgs("a2b_base64", args, kw, 1, []string{"data", "$strict_mode"}, &dv, &sm); err != nil {
		return Null, err
	}
	data, err := asciiBufferArg(dv)
	if err != nil {
		return Null, err
	}
	strict, err := th.boolIntArg(sm, false)
	if err != nil {
		return Null, err
	}
	out, err := binasciicodec.DecodeBase64(data, strict)
	if err != nil {
		return Null, th.binasciiErr(err)
	}
	return bytesResult(out), nil
}

func binasciiB2aUU(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var dv, bt Value
	if err := unpackArgs("b2a_uu", args, kw, 1, []string{"data", "$backtick"}, &dv, &bt); err != nil {
		return Null, err
	}
	data, err := bufferArg(dv)
	if err != nil {
		return Null, err
	}
	backtick, err := th.boolIntArg(bt, false)
	if err != nil {
		return Null, err
	}
	out, err := binasciicodec.EncodeUU(data, backtick)
	if err != nil {
		return Null, th.binasciiErr(err)
	}
	return bytesResult(out), nil
}

func binasciiA2bUU(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	data, err := asciiBufferArg(args[0])
	if err != nil {
		return Null, err
	}
	out, err := binasciicodec.DecodeUU(data)
	if err != nil {
		return Null, th.binasciiErr(err)
	}
	return bytesResult(out), nil
}

func binasciiB2aQP(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var dv, qt, it, hd Value
	if err := unpackArgs("b2a_qp", args, kw, 1, []string{"data", "quotetabs", "istext", "header"}, &dv, &qt, &it, &hd); err != nil {
		return Null, err
	}
	data, err := bufferArg(dv)
	if err != nil {
		return Null, err
	}
	quotetabs, err := th.boolIntArg(qt, false)
	if err != nil {
		return Null, err
	}
	istext, err := th.boolIntArg(it, true)
	if err != nil {
		return Null, err
	}
	header, err := th.boolIntArg(hd, false)
	if err != nil {
		return Null, err
	}
	if err := th.allocN(int64(len(data)), 4); err != nil {
		return Null, err
	}
	return bytesResult(binasciicodec.EncodeQP(data, quotetabs, istext, header)), nil
}

func binasciiA2bQP(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	var dv, hd Value
	if err := unpackArgs("a2b_qp", args, kw, 1, []string{"data", "header"}, &dv, &hd); err != nil {
		return Null, err
	}
	data, err := asciiBufferArg(dv)
	if err != nil {
		return Null, err
	}
	header, err := th.boolIntArg(hd, false)
	if err != nil {
		return Null, err
	}
	return bytesResult(binasciicodec.DecodeQP(data, header)), nil
}

// crcArgs converts the (data, crc) arguments of the CRC functions.
func (th *Thread) crcArgs(args []Value) ([]byte, uint32, error) {
	data, err := bufferArg(args[0])
	if err != nil {
		return nil, 0, err
	}
	var crc uint32
	if len(args) > 1 {
		if crc, err = th.uint32MaskArg(args[1]); err != nil {
			return nil, 0, err
		}
	}
	return data, crc, nil
}

func binasciiCRC32(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	data, crc, err := th.crcArgs(args)
	if err != nil {
		return Null, err
	}
	return Int(int64(crc32.Update(crc, crc32.IEEETable, data))), nil
}

func binasciiCRCHqx(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
	data, crc, err := th.crcArgs(args)
	if err != nil {
		return Null, err
	}
	return Int(int64(binasciicodec.CRCHqx(data, crc))), nil
}

func makeBinasciiModule(th *Thread) (*Module, error) {
	m := newNativeModule("binascii", map[string]BuiltinFunc{
		"hexlify":    binasciiHexlify,
		"b2a_hex":    binasciiHexlify,
		"unhexlify":  binasciiUnhexlify,
		"a2b_hex":    binasciiUnhexlify,
		"b2a_base64": binasciiB2aBase64,
		"a2b_base64": binasciiA2bBase64,
		"b2a_uu":     binasciiB2aUU,
		"a2b_uu":     binasciiA2bUU,
		"b2a_qp":     binasciiB2aQP,
		"a2b_qp":     binasciiA2bQP,
		"crc32":      binasciiCRC32,
		"crc_hqx":    binasciiCRCHqx,
	})
	errType, err := th.newModuleError("Error", "binascii", ValueErrorType)
	if err != nil {
		return nil, err
	}
	m.Dict.SetStr("Error", errType)
	inc, err := th.newModuleError("Incomplete", "binascii", ExceptionType)
	if err != nil {
		return nil, err
	}
	m.Dict.SetStr("Incomplete", inc)
	return m, nil
}
