package vm

// The _lsprof module: cProfile's profiler, written in C in CPython. The
// statistics are kept by package lsprof; this file feeds it the profile
// events of the thread that enables the profiler, and reports them as
// CPython's getstats does.

import (
	"math"
	"sync"
	"time"

	"github.com/pyjit/pyjit/vm/lib/lsprof"
)

// Profiler is an _lsprof.Profiler.
type Profiler struct {
	p        lsprof.Profiler
	builtins bool
	// timer is the Python timer given to the constructor (Null for the
	// monotonic clock); unit is its timeunit (0: it returns seconds).
	timer Value
	unit  float64
	start time.Time
}

var (
	lsprofOnce                            sync.Once
	profilerType, profEntryT, profSubEntT *Type
)

// Type implements Object.
func (*Profiler) Type() *Type { return profilerType }

func makeLsprofModule(th *Thread) (*Module, error) {
	lsprofOnce.Do(initLsprofTypes)
	m := newNativeModule("_lsprof", nil)
	m.Dict.SetStr("__doc__", String("Fast profiler"))
	m.Dict.SetStr("Profiler", Obj(profilerType))
	m.Dict.SetStr("profiler_entry", Obj(profEntryT))
	m.Dict.SetStr("profiler_subentry", Obj(profSubEntT))
	return m, nil
}

func initLsprofTypes() {
	profEntryT = NewStructSeqType("_lsprof", "profiler_entry",
		[]string{"code", "callcount", "reccallcount", "totaltime", "inlinetime", "calls"}, 6)
	profSubEntT = NewStructSeqType("_lsprof", "profiler_subentry",
		[]string{"code", "callcount", "reccallcount", "totaltime", "inlinetime"}, 5)
	t := newBuiltinType("Profiler", ObjectType)
	t.Name = "_lsprof.Profiler"
	t.layout = t
	t.Dict.SetStr("__module__", String("_lsprof"))
	t.Dict.SetStr("__doc__", String("Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)\n\n"+
		"    Builds a profiler object using the specified timer function.\n"+
		"    The default timer is a fast built-in one based on real time.\n"+
		"    For custom timer functions returning integers, timeunit can\n"+
		"    be a float specifying a scale (i.e. how long each integer unit\n"+
		"    is, in seconds).\n"))
	t.Dict.SetStr("__new__", Obj(&Builtin{Name: "__new__", owner: t.Name, Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		cls := args[0].o.(*Type)
		p := &Profiler{builtins: true, start: time.Now()}
		p.p.Subcalls = true
		if cls != profilerType {
			return newSubclassInstance(cls, Obj(p)), nil
		}
		return Obj(p), nil
	}}))
	prof := func(th *Thread, v Value) (*Profiler, error) {
		p, ok := unwrap(v).o.(*Profiler)
		if !ok {
			return nil, Errorf(TypeErrorType, "descriptor requires a '_lsprof.Profiler' object but received '%s'", v.Type().Name)
		}
		return p, nil
	}
	method(t, "__init__", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		p, err := prof(th, self)
		if err != nil {
			return Null, err
		}
		var timer, unit, subcalls, builtins Value
		if err := unpackArgs("Profiler", args, kw, 0, []string{"timer", "timeunit", "subcalls", "builtins"}, &timer, &unit, &subcalls, &builtins); err != nil {
			return Null, err
		}
		if p.unit = 0; !unit.IsNull() {
			if p.unit, err = th.floatArg("Profiler", unit); err != nil {
				return Null, err
			}
		}
		if p.p.Subcalls, err = th.optionalIntFlag(subcalls, true); err != nil {
			return Null, err
		}
		if p.builtins, err = th.optionalIntFlag(builtins, true); err != nil {
			return Null, err
		}
		p.timer = Null
		if !timer.IsNull() && !timer.IsNone() {
			p.timer = timer
		}
		return None, nil
	})
	method(t, "enable", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		p, err := prof(th, self)
		if err != nil {
			return Null, err
		}
		var subcalls, builtins Value
		if err := unpackArgs("enable", args, kw, 0, []string{"subcalls", "builtins"}, &subcalls, &builtins); err != nil {
			return Null, err
		}
		// Flags not given keep their setting.
		if !subcalls.IsNull() {
			if p.p.Subcalls, err = th.Truth(subcalls); err != nil {
				return Null, err
			}
		}
		if !builtins.IsNull() {
			if p.builtins, err = th.Truth(builtins); err != nil {
				return Null, err
			}
		}
		th.setProfileFunc(self, p.event)
		return None, nil
	})
	method(t, "disable", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		p, err := prof(th, self)
		if err != nil {
			return Null, err
		}
		if h := th.hooks; h != nil && h.profile.o == self.o {
			th.setHook(true, Null)
		}
		p.p.FlushUnmatched(p.clock(th))
		return None, nil
	})
	method(t, "clear", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		p, err := prof(th, self)
		if err != nil {
			return Null, err
		}
		p.p.Clear()
		return None, nil
	})
	method(t, "getstats", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		p, err := prof(th, self)
		if err != nil {
			return Null, err
		}
		return p.stats(), nil
	})
	attachArgSpecs([]*Type{t})
	profilerType = t
}

// optionalIntFlag reads an optional flag given as an int (C's "i").
func (th *Thread) optionalIntFlag(v Value, def bool) (bool, error) {
	if v.IsNull() {
		return def, nil
	}
	n, err := th.intArg(v)
	return n != 0, err
}

// clock is the profiler's timer: nanoseconds of the monotonic clock, the
// ticks of an integer timer with a timeunit, or the seconds of a timer
// without one, in nanoseconds. A timer that fails counts as 0, after the
// error is reported as unraisable, as CPython's does.
func (p *Profiler) clock(th *Thread) lsprof.Clock {
	if p.timer.IsNull() {
		return func() int64 { return int64(time.Since(p.start)) }
	}
	return func() int64 {
		v, err := th.Call(p.timer, nil, nil)
		if err == nil {
			if p.unit > 0 {
				var n int64
				if n, err = th.cIntArg(v); err == nil {
					return n
				}
			} else {
				var f float64
				if f, err = th.floatArg("timer", v); err == nil {
					return int64(math.Floor(f * 1e9))
				}
			}
		}
		th.writeUnraisable(err, p.timer)
		return 0
	}
}

// event takes a profile event of th.
func (p *Profiler) event(th *Thread, fo *FrameObj, event string, arg Value) error {
	switch event {
	case "call":
		p.p.Enter(fo.code, Obj(fo.code), p.clock(th))
	case "return":
		p.p.Leave(fo.code, p.clock(th))
	case "c_call":
		if b, ok := arg.o.(*Builtin); ok && p.builtins {
			desc := th.builtinDescription(b)
			p.p.Enter(desc, String(desc), p.clock(th))
		}
	case "c_return", "c_exception":
		if b, ok := arg.o.(*Builtin); ok && p.builtins {
			p.p.Leave(th.builtinDescription(b), p.clock(th))
		}
	}
	return nil
}

// builtinDescription is how the statistics name a builtin, as CPython's
// normalizeUserObj does: a method by the repr of its descriptor in its
// object's type, a module function as a method of its module.
func (th *Thread) builtinDescription(b *Builtin) string {
	if b.Self.o != nil {
		if d := b.Self.Type().Lookup(b.Name); d.o != nil {
			if s, err := th.Repr(d); err == nil {
				return s
			}
		}
	}
	mod := b.mod
	if mod == "" && b.Self.o == nil {
		mod = "builtins"
	}
	if mod != "" {
		return "<built-in method " + mod + "." + b.Name + ">"
	}
	return "<built-in method " + b.Name + ">"
}

// stats is getstats(): a profiler_entry for each function, with a
// profiler_subentry for each of its callees.
func (p *Profiler) stats() Value {
	factor := 1e-9
	if !p.timer.IsNull() && p.unit > 0 {
		factor = p.unit
	}
	entries := p.p.Entries()
	items := make([]Value, 0, len(entries))
	for _, e := range entries {
		calls := None
		if subs := e.Calls(); subs != nil {
			list := make([]Value, len(subs))
			for i, s := range subs {
				list[i] = NewStructSeq(profSubEntT, []Value{s.Callee.User.(Value), Int(s.CallCount), Int(s.RecursiveCallCount),
					Float(float64(s.TotalTime) * factor), Float(float64(s.InlineTime) * factor)})
			}
			calls = Obj(NewList(list))
		}
		items = append(items, NewStructSeq(profEntryT, []Value{e.User.(Value), Int(e.CallCount), Int(e.RecursiveCallCount),
			Float(float64(e.TotalTime) * factor), Float(float64(e.InlineTime) * factor), calls}))
	}
	return Obj(NewList(items))
}
