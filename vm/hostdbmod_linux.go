//go:build linux

package vm

// The pwd and grp modules: the password and group databases, read from
// /etc/passwd and /etc/group (glibc's "files" source; users and groups
// that only NSS services such as LDAP know are not found). Reading them
// needs the host granted (HostFS), as posix's calls do.

import (
	"os"
	"strconv"
	"strings"
	"sync"
)

var (
	// PasswdType is pwd.struct_passwd.
	PasswdType *Type
	// GroupType is grp.struct_group.
	GroupType   *Type
	hostDBTypes sync.Once
)

func initHostDBTypes() {
	PasswdType = NewStructSeqType("pwd", "struct_passwd", []string{"pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"}, 7)
	GroupType = NewStructSeqType("grp", "struct_group", []string{"gr_name", "gr_passwd", "gr_gid", "gr_mem"}, 4)
}

// hostDBEntries reads the colon-separated lines of a database file with
// at least n fields.
func (th *Thread) hostDBEntries(path string, n int) ([][]string, error) {
	if err := th.osCheck(Null); err != nil {
		return nil, err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, osError(err, String(path), Null)
	}
	var out [][]string
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || line[0] == '#' || line[0] == '+' || line[0] == '-' {
			continue
		}
		if f := strings.Split(line, ":"); len(f) >= n {
			if _, err := strconv.ParseUint(f[2], 10, 32); err == nil {
				out = append(out, f)
			}
		}
	}
	return out, nil
}

func passwdEntry(f []string) Value {
	uid, _ := strconv.ParseInt(f[2], 10, 64)
	gid, _ := strconv.ParseInt(f[3], 10, 64)
	return NewStructSeq(PasswdType, []Value{String(f[0]), String(f[1]), Int(uid), Int(gid), String(f[4]), String(f[5]), String(f[6])})
}

func groupEntry(f []string) Value {
	gid, _ := strconv.ParseInt(f[2], 10, 64)
	mem := []Value{}
	if f[3] != "" {
		for _, m := range strings.Split(f[3], ",") {
			mem = append(mem, String(m))
		}
	}
	return NewStructSeq(GroupType, []Value{String(f[0]), String(f[1]), Int(gid), Obj(NewList(mem))})
}

// hostDBLookup finds the entry whose field col equals key.
func (th *Thread) hostDBLookup(path string, n, col int, key string, entry func([]string) Value) (Value, bool, error) {
	entries, err := th.hostDBEntries(path, n)
	if err != nil {
		return Null, false, err
	}
	for _, f := range entries {
		if f[col] == key {
			return entry(f), true, nil
		}
	}
	return Null, false, nil
}

// idLookup implements getpwuid and getgrgid.
func idLookup(fname, what, path string, n int, entry func([]string) Value) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 || len(kw) > 0 {
			return Null, Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", fname, len(args))
		}
		if !args[0].Type().IsSubtype(IntType) && args[0].Type().Lookup("__index__").o == nil {
			return Null, Errorf(TypeErrorType, "%s should be integer, not %s", what, args[0].Type().Name)
		}
		id, err := th.sizeArg(args[0])
		if what == "gid" && (err != nil || id > 0xFFFFFFFF) {
			return Null, Errorf(OverflowErrorType, "gid is greater than maximum")
		}
		if err != nil || id < 0 || id > 0xFFFFFFFF {
			return Null, NewException(KeyErrorType, String(fname+"(): "+what+" not found"))
		}
		v, ok, err := th.hostDBLookup(path, n, 2, strconv.FormatInt(id, 10), entry)
		if err == nil && !ok {
			err = NewException(KeyErrorType, String(fname+"(): "+what+" not found: "+strconv.FormatInt(id, 10)))
		}
		return v, err
	}
}

// nameLookup implements getpwnam and getgrnam.
func nameLookup(fname, path string, n int, entry func([]string) Value) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		var name Value
		if err := unpackArgs(fname, args, kw, 1, []string{"name"}, &name); err != nil {
			return Null, err
		}
		s, ok := unwrap(name).o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "%s() argument must be str, not %s", fname, name.Type().Name)
		}
		if strings.IndexByte(s.s, 0) >= 0 {
			return Null, Errorf(ValueErrorType, "embedded null character")
		}
		r, err := th.Repr(name)
		if err != nil {
			return Null, err
		}
		v, found, err := th.hostDBLookup(path, n, 0, s.s, entry)
		if err == nil && !found {
			err = NewException(KeyErrorType, String(fname+"(): name not found: "+r))
		}
		return v, err
	}
}

// allEntries implements getpwall and getgrall.
func allEntries(path string, n int, entry func([]string) Value) BuiltinFunc {
	return func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		entries, err := th.hostDBEntries(path, n)
		if err != nil {
			return Null, err
		}
		out := make([]Value, len(entries))
		for i, f := range entries {
			out[i] = entry(f)
		}
		return Obj(NewList(out)), nil
	}
}

const (
	passwdFile = "/etc/passwd"
	groupFile  = "/etc/group"
)

func makePwdModule(th *Thread) (*Module, error) {
	hostDBTypes.Do(initHostDBTypes)
	m := newNativeModule("pwd", map[string]BuiltinFunc{
		"getpwuid": idLookup("getpwuid", "uid", passwdFile, 7, passwdEntry),
		"getpwnam": nameLookup("getpwnam", passwdFile, 7, passwdEntry),
		"getpwall": allEntries(passwdFile, 7, passwdEntry),
	})
	m.Dict.SetStr("struct_passwd", Obj(PasswdType))
	return m, nil
}

func makeGrpModule(th *Thread) (*Module, error) {
	hostDBTypes.Do(initHostDBTypes)
	m := newNativeModule("grp", map[string]BuiltinFunc{
		"getgrgid": idLookup("getgrgid", "gid", groupFile, 4, groupEntry),
		"getgrnam": nameLookup("getgrnam", groupFile, 4, groupEntry),
		"getgrall": allEntries(groupFile, 4, groupEntry),
	})
	m.Dict.SetStr("struct_group", Obj(GroupType))
	return m, nil
}
