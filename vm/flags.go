package vm

// python3's command-line flags: what sys.flags shows.

// Flags are the settings of python3's command line that sys.flags shows,
// besides those Options has fields of its own for (Inspect, Quiet,
// DontWriteBytecode). The zero value is python3 run without options.
type Flags struct {
	// Optimize is the optimization level, -O (1) or -OO (2): assert
	// statements are not compiled and __debug__ is False; from 2,
	// docstrings are dropped too. compile() uses it when not told
	// otherwise, and compiled modules are cached per level.
	Optimize int
	// Debug is -d and BytesWarning -b, counted.
	Debug, BytesWarning int
	// NoUserSite is -s, NoSite -S, IgnoreEnvironment -E and Isolated -I.
	NoUserSite, NoSite, IgnoreEnvironment, Isolated bool
	// SafePath is -P (PYTHONSAFEPATH): the main program's directory (or
	// the current directory) is not put first on sys.path.
	SafePath bool
	// DevMode is -X dev (PYTHONDEVMODE) and UTF8Mode -X utf8 (PYTHONUTF8).
	DevMode, UTF8Mode bool
	// WarnDefaultEncoding is -X warn_default_encoding
	// (PYTHONWARNDEFAULTENCODING): a text stream opened without an
	// encoding, and io.text_encoding(None), issue EncodingWarning.
	WarnDefaultEncoding bool
	// IntMaxStrDigits, when IntMaxStrDigitsSet, is the limit on the
	// digits of int/str conversions (0: none) that PYTHONINTMAXSTRDIGITS
	// set. An option int_max_str_digits=N of XOptions overrides it.
	IntMaxStrDigits    int
	IntMaxStrDigitsSet bool
}

// sysFlags is sys.flags. hash_randomization is 1 when str hashes have
// a key (PYTHONHASHSEED set to a seed or "random"), 0 otherwise, as
// CPython reports it under PYTHONHASHSEED=0, whose hashes pyjit's equal.
func (in *Interpreter) sysFlags() Value {
	f := in.flags
	digits := -1
	if f.IntMaxStrDigitsSet {
		digits = f.IntMaxStrDigits
	}
	return makeStructSeq("flags",
		[]string{"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
			"no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
			"isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"},
		[]Value{Int(int64(f.Debug)), boolFlag(in.inspect), boolFlag(in.inspect), Int(int64(f.Optimize)), boolFlag(in.noWriteBytecode),
			boolFlag(f.NoUserSite), boolFlag(f.NoSite), boolFlag(f.IgnoreEnvironment), Int(0),
			Int(int64(f.BytesWarning)), boolFlag(in.quiet), boolFlag(hashKey != [2]uint64{}), boolFlag(f.Isolated), Bool(f.DevMode),
			boolFlag(f.UTF8Mode), boolFlag(f.WarnDefaultEncoding), Bool(f.SafePath), Int(int64(digits))})
}

// boolFlag is a flag of sys.flags that CPython shows as 0 or 1.
func boolFlag(b bool) Value { return Int(int64(b2i(b))) }
