//go:build linux

package vm

// posix.scandir: the ScandirIterator and its DirEntry objects.

import (
	"strings"
	"sync"

	"golang.org/x/sys/unix"
)

// DirEntry is a posix.DirEntry: an entry of a directory read by scandir,
// with its type from the directory and its stat results cached.
type DirEntry struct {
	name, path Value // str or bytes, as the scandir argument was
	rel        string
	full       string // the path to give system calls
	dirFd      int    // scandir(fd): the directory, for fstatat
	d          dirent
	stat       Value // cached stat(), following symlinks
	lstat      Value // cached lstat()
}

// Type implements Object.
func (*DirEntry) Type() *Type { return DirEntryType }

// ScandirIter is a posix.ScandirIterator.
type ScandirIter struct {
	entries []*DirEntry
	pos     int
	closed  bool
	serial  uint64 // its number in the finalizer queue while open (trackScandir)
}

// Type implements Object.
func (*ScandirIter) Type() *Type { return ScandirIterType }

// The types of scandir's results, shared by every interpreter.
var (
	DirEntryType     *Type
	ScandirIterType  *Type
	posixTypesOnce   sync.Once
	dirEntryDtypeDir = uint8(unix.DT_DIR)
)

// posixScandir is scandir(path=None).
func posixScandir(th *Thread, p osPath, a []Value) (Value, error) {
	ents, err := readDirents(p)
	if err != nil {
		return Null, err
	}
	it := &ScandirIter{}
	dir := p.s
	for _, d := range ents {
		e := &DirEntry{d: d, dirFd: unix.AT_FDCWD}
		var rel string
		switch {
		case p.hasFd:
			rel, e.dirFd = d.name, p.fd
			e.full = d.name
		default:
			rel = dir
			if !strings.HasSuffix(rel, "/") {
				rel += "/"
			}
			rel += d.name
			e.full = rel
		}
		if e.name, err = th.fsResult(p, d.name); err != nil {
			return Null, err
		}
		if e.path, err = th.fsResult(p, rel); err != nil {
			return Null, err
		}
		it.entries = append(it.entries, e)
	}
	th.interp.trackScandir(it)
	return Obj(it), nil
}

// entryStat is DirEntry.stat: the lstat of the entry, and its stat when
// following a symlink; both are cached.
func (th *Thread) entryStat(e *DirEntry, follow bool) (Value, error) {
	if follow && e.isSymlink() {
		if e.stat.o == nil {
			v, err := doStat(osPath{s: e.full, obj: e.path}, e.dirFd, true)
			if err != nil {
				return Null, err
			}
			e.stat = v
		}
		return e.stat, nil
	}
	if e.lstat.o == nil {
		v, err := doStat(osPath{s: e.full, obj: e.path}, e.dirFd, false)
		if err != nil {
			return Null, err
		}
		e.lstat = v
	}
	return e.lstat, nil
}

func (e *DirEntry) isSymlink() bool {
	if e.d.dtype != unix.DT_UNKNOWN {
		return e.d.dtype == unix.DT_LNK
	}
	var st unix.Stat_t
	return unix.Fstatat(e.dirFd, e.full, &st, unix.AT_SYMLINK_NOFOLLOW) == nil && st.Mode&unix.S_IFMT == unix.S_IFLNK
}

// entryTest is DirEntry_test_mode: whether the entry is of file type
// mode (S_IFDIR or S_IFREG); an entry that no longer exists is neither.
func (th *Thread) entryTest(e *DirEntry, follow bool, mode uint32) (bool, error) {
	symlink := e.d.dtype == unix.DT_LNK
	if e.d.dtype == unix.DT_UNKNOWN || follow && symlink {
		st, err := th.entryStat(e, follow)
		if err != nil {
			if ex, ok := err.(*Exception); ok && ex.typ == FileNotFoundErrorType {
				return false, nil
			}
			return false, err
		}
		m := tupleSelf(st).items[0]
		return uint32(m.n)&unix.S_IFMT == mode, nil
	}
	if symlink {
		return false, nil
	}
	if mode == unix.S_IFDIR {
		return e.d.dtype == dirEntryDtypeDir, nil
	}
	return e.d.dtype == unix.DT_REG, nil
}

// followArg reads the keyword-only follow_symlinks=True of DirEntry's
// methods.
func (th *Thread) followArg(name string, args []Value, kw []string) (bool, error) {
	var f Value
	if len(args) > len(kw) {
		return false, Errorf(TypeErrorType, "%s() takes no positional arguments", name)
	}
	if err := unpackArgs(name, args, kw, 0, []string{"$follow_symlinks"}, &f); err != nil {
		return false, err
	}
	return th.boolArg(f, true)
}

func initPosixTypes() {
	StatResultType = statResultDesc.makeType()
	TerminalSizeType = terminalSizeDesc.makeType()
	TimesResultType = timesResultDesc.makeType()
	UnameResultType = unameResultDesc.makeType()
	StatvfsResultType = statvfsResultDesc.makeType()
	initDirEntryType()
	initScandirIterType()
}

func initDirEntryType() {
	t := newBuiltinType("DirEntry", ObjectType)
	t.final = true
	t.Dict.SetStr("__module__", String("posix"))
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "DirEntry", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return Null, Errorf(TypeErrorType, "cannot create 'posix.DirEntry' instances")
	}}))
	self := func(v Value) *DirEntry { return v.o.(*DirEntry) }
	t.addGetSet("name", func(th *Thread, v Value) (Value, error) { return self(v).name, nil }, nil)
	t.addGetSet("path", func(th *Thread, v Value) (Value, error) { return self(v).path, nil }, nil)
	method(t, "__repr__", func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
		r, err := th.Repr(self(v).name)
		return String("<DirEntry " + r + ">"), err
	})
	method(t, "__fspath__", func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
		return self(v).path, nil
	})
	method(t, "inode", func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
		return uintValue(self(v).d.ino), nil
	})
	method(t, "is_symlink", func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
		return Bool(self(v).isSymlink()), nil
	})
	for name, mode := range map[string]uint32{"is_dir": unix.S_IFDIR, "is_file": unix.S_IFREG} {
		name, mode := name, mode
		method(t, name, func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
			follow, err := th.followArg(name, args, kw)
			if err != nil {
				return Null, err
			}
			r, err := th.entryTest(self(v), follow, mode)
			return Bool(r), err
		})
	}
	method(t, "stat", func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
		follow, err := th.followArg("stat", args, kw)
		if err != nil {
			return Null, err
		}
		return th.entryStat(self(v), follow)
	})
	if ga, ok := ListType.Dict.GetStr("__class_getitem__"); ok {
		t.Dict.SetStr("__class_getitem__", ga)
	}
	attachArgSpecs([]*Type{t})
	t.Name = "posix.DirEntry"
	freezeDictStrs(t.Dict)
	DirEntryType = t
}

func initScandirIterType() {
	t := newBuiltinType("ScandirIterator", ObjectType)
	t.final = true
	t.Dict.SetStr("__module__", String("posix"))
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: "ScandirIterator", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return Null, Errorf(TypeErrorType, "cannot create 'posix.ScandirIterator' instances")
	}}))
	self := func(v Value) *ScandirIter { return v.o.(*ScandirIter) }
	method(t, "__iter__", func(th *Thread, v Value, args []Value, kw []string) (Value, error) { return v, nil })
	method(t, "__next__", func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
		it := self(v)
		if it.closed || it.pos >= len(it.entries) {
			th.interp.closeScandir(it)
			return Null, NewException(StopIterationType)
		}
		e := it.entries[it.pos]
		it.entries[it.pos] = nil
		it.pos++
		return Obj(e), nil
	})
	closeFn := func(th *Thread, v Value, args []Value, kw []string) (Value, error) {
		th.interp.closeScandir(self(v))
		return None, nil
	}
	method(t, "close", closeFn)
	method(t, "__enter__", func(th *Thread, v Value, args []Value, kw []string) (Value, error) { return v, nil })
	method(t, "__exit__", closeFn)
	attachArgSpecs([]*Type{t})
	t.Name = "posix.ScandirIterator"
	freezeDictStrs(t.Dict)
	ScandirIterType = t
}
