package vm

// The errno module: the system's errno names and numbers, and errorcode
// mapping numbers back to names.

import "github.com/pyjit/pyjit/vm/errnos"

func makeErrnoModule(th *Thread) (*Module, error) {
	m := &Module{Name: "errno", Dict: NewDict()}
	m.Dict.SetStr("__name__", String("errno"))
	for _, n := range errnos.Names {
		m.Dict.SetStr(n.Name, Int(int64(n.Num)))
	}
	codes := NewDict()
	for _, n := range errnos.Names {
		if c, ok := errnos.Code(n.Num); ok && c == n.Name {
			if err := codes.Set(th, Int(int64(n.Num)), String(c)); err != nil {
				return nil, err
			}
		}
	}
	m.Dict.SetStr("errorcode", Obj(codes))
	return m, nil
}
