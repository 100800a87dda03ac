package vm

// The _stat module (CPython's Modules/_stat.c): the constants of stat.py
// and its functions over a mode, which stat.py takes with
// `from _stat import *`.

import "math"

// statModuleDoc is _stat's docstring, CPython's.
const statModuleDoc = "S_IFMT_: file type bits\nS_IFDIR: directory\nS_IFCHR: character device\nS_IFBLK: block device\nS_IFREG: regular file\nS_IFIFO: fifo (named pipe)\nS_IFLNK: symbolic link\nS_IFSOCK: socket file\nS_IFDOOR: door\nS_IFPORT: event port\nS_IFWHT: whiteout\n\n" +
	"S_ISUID: set UID bit\nS_ISGID: set GID bit\nS_ENFMT: file locking enforcement\nS_ISVTX: sticky bit\nS_IREAD: Unix V7 synonym for S_IRUSR\nS_IWRITE: Unix V7 synonym for S_IWUSR\nS_IEXEC: Unix V7 synonym for S_IXUSR\nS_IRWXU: mask for owner permissions\nS_IRUSR: read by owner\nS_IWUSR: write by owner\nS_IXUSR: execute by owner\nS_IRWXG: mask for group permissions\nS_IRGRP: read by group\nS_IWGRP: write by group\nS_IXGRP: execute by group\nS_IRWXO: mask for others (not in group) permissions\nS_IROTH: read by others\nS_IWOTH: write by others\nS_IXOTH: execute by others\n\n" +
	"UF_NODUMP: do not dump file\nUF_IMMUTABLE: file may not be changed\nUF_APPEND: file may only be appended to\nUF_OPAQUE: directory is opaque when viewed through a union stack\nUF_NOUNLINK: file may not be renamed or deleted\nUF_COMPRESSED: OS X: file is hfs-compressed\nUF_HIDDEN: OS X: file should not be displayed\nSF_ARCHIVED: file may be archived\nSF_IMMUTABLE: file may not be changed\nSF_APPEND: file may only be appended to\nSF_NOUNLINK: file may not be renamed or deleted\nSF_SNAPSHOT: file is a snapshot file\n\n" +
	"ST_MODE\nST_INO\nST_DEV\nST_NLINK\nST_UID\nST_GID\nST_SIZE\nST_ATIME\nST_MTIME\nST_CTIME\n\nFILE_ATTRIBUTE_*: Windows file attribute constants\n                   (only present on Windows)\n"

// The file type bits of a mode.
const (
	statIFMT   = 0o170000
	statIFSOCK = 0o140000
	statIFLNK  = 0o120000
	statIFREG  = 0o100000
	statIFBLK  = 0o060000
	statIFDIR  = 0o040000
	statIFCHR  = 0o020000
	statIFIFO  = 0o010000
)

// statModeArg is a mode argument, as CPython's _PyLong_AsMode_t: an int
// that fits C's mode_t (32 bits).
func statModeArg(v Value) (uint32, error) {
	u := unwrap(v)
	switch o := u.o.(type) {
	case intTag, boolTag:
		n := int64(u.n)
		if n < 0 {
			return 0, Errorf(OverflowErrorType, "can't convert negative value to unsigned int")
		}
		if n > math.MaxUint32 {
			return 0, Errorf(OverflowErrorType, "mode out of range")
		}
		return uint32(n), nil
	case *BigInt:
		if o.b.Sign() < 0 {
			return 0, Errorf(OverflowErrorType, "can't convert negative value to unsigned int")
		}
		if o.b.BitLen() > 64 {
			return 0, Errorf(OverflowErrorType, "Python int too large to convert to C unsigned long")
		}
		return 0, Errorf(OverflowErrorType, "mode out of range")
	}
	return 0, Errorf(TypeErrorType, "an integer is required")
}

// statFilemode is _stat.filemode: the mode as ls shows it.
func statFilemode(mode uint32) string {
	b := []byte("?---------")
	switch mode & statIFMT {
	case statIFREG:
		b[0] = '-'
	case statIFDIR:
		b[0] = 'd'
	case statIFLNK:
		b[0] = 'l'
	case statIFBLK:
		b[0] = 'b'
	case statIFCHR:
		b[0] = 'c'
	case statIFIFO:
		b[0] = 'p'
	case statIFSOCK:
		b[0] = 's'
	}
	perm := func(i int, bit uint32, c byte) {
		if mode&bit != 0 {
			b[i] = c
		}
	}
	perm(1, 0o400, 'r')
	perm(2, 0o200, 'w')
	perm(4, 0o040, 'r')
	perm(5, 0o020, 'w')
	perm(7, 0o004, 'r')
	perm(8, 0o002, 'w')
	special := func(i int, exec, set uint32, x, s, upper byte) {
		switch {
		case mode&set != 0 && mode&exec != 0:
			b[i] = s
		case mode&set != 0:
			b[i] = upper
		case mode&exec != 0:
			b[i] = x
		}
	}
	special(3, 0o100, 0o4000, 'x', 's', 'S')
	special(6, 0o010, 0o2000, 'x', 's', 'S')
	special(9, 0o001, 0o1000, 'x', 't', 'T')
	return string(b)
}

// makeStatModule builds _stat.
func makeStatModule(th *Thread) (*Module, error) {
	oneMode := func(name string, f func(mode uint32) Value) BuiltinFunc {
		return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(kw) > 0 {
				return Null, Errorf(TypeErrorType, "_stat.%s() takes no keyword arguments", name)
			}
			if len(args) != 1 {
				return Null, Errorf(TypeErrorType, "_stat.%s() takes exactly one argument (%d given)", name, len(args))
			}
			mode, err := statModeArg(args[0])
			if err != nil {
				return Null, err
			}
			return f(mode), nil
		}
	}
	fns := map[string]BuiltinFunc{
		"S_IMODE":  oneMode("S_IMODE", func(m uint32) Value { return Int(int64(m & 0o7777)) }),
		"S_IFMT":   oneMode("S_IFMT", func(m uint32) Value { return Int(int64(m & statIFMT)) }),
		"filemode": oneMode("filemode", func(m uint32) Value { return String(statFilemode(m)) }),
	}
	for name, bits := range map[string]uint32{"S_ISDIR": statIFDIR, "S_ISCHR": statIFCHR, "S_ISBLK": statIFBLK,
		"S_ISREG": statIFREG, "S_ISFIFO": statIFIFO, "S_ISLNK": statIFLNK, "S_ISSOCK": statIFSOCK} {
		fns[name] = oneMode(name, func(m uint32) Value { return Bool(m&statIFMT == bits) })
	}
	// Solaris's doors and event ports and BSD's whiteouts: never on Linux.
	for _, name := range []string{"S_ISDOOR", "S_ISPORT", "S_ISWHT"} {
		fns[name] = oneMode(name, func(uint32) Value { return False })
	}
	m := newNativeModule("_stat", fns)
	m.Dict.SetStr("__doc__", String(statModuleDoc))
	// S_IFMT is the function only, as in CPython.
	for name, v := range map[string]int64{
		"S_IFDIR": statIFDIR, "S_IFCHR": statIFCHR, "S_IFBLK": statIFBLK, "S_IFREG": statIFREG,
		"S_IFIFO": statIFIFO, "S_IFLNK": statIFLNK, "S_IFSOCK": statIFSOCK, "S_IFDOOR": 0, "S_IFPORT": 0, "S_IFWHT": 0,
		"S_ISUID": 0o4000, "S_ISGID": 0o2000, "S_ISVTX": 0o1000, "S_ENFMT": 0o2000,
		"S_IREAD": 0o400, "S_IWRITE": 0o200, "S_IEXEC": 0o100,
		"S_IRWXU": 0o700, "S_IRUSR": 0o400, "S_IWUSR": 0o200, "S_IXUSR": 0o100,
		"S_IRWXG": 0o070, "S_IRGRP": 0o040, "S_IWGRP": 0o020, "S_IXGRP": 0o010,
		"S_IRWXO": 0o007, "S_IROTH": 0o004, "S_IWOTH": 0o002, "S_IXOTH": 0o001,
		"UF_NODUMP": 0x1, "UF_IMMUTABLE": 0x2, "UF_APPEND": 0x4, "UF_OPAQUE": 0x8, "UF_NOUNLINK": 0x10,
		"UF_COMPRESSED": 0x20, "UF_HIDDEN": 0x8000, "SF_ARCHIVED": 0x10000, "SF_IMMUTABLE": 0x20000,
		"SF_APPEND": 0x40000, "SF_NOUNLINK": 0x100000, "SF_SNAPSHOT": 0x200000,
		"ST_MODE": 0, "ST_INO": 1, "ST_DEV": 2, "ST_NLINK": 3, "ST_UID": 4, "ST_GID": 5,
		"ST_SIZE": 6, "ST_ATIME": 7, "ST_MTIME": 8, "ST_CTIME": 9,
	} {
		m.Dict.SetStr(name, Int(v))
	}
	return m, nil
}
