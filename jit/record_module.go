package jit

import (
	"math"

	"github.com/pyjit/pyjit/jit/ir"
	"github.com/pyjit/pyjit/vm"
)

// Recording of module attributes: `math.pi` and `math.sqrt(x)`. A module
// a global names is a constant of the trace (checked at entry like any
// global), and so is the attribute the trace reads from it: every entry
// looks it up again and compares it word for word (native code cannot
// rebind it). Functions of modules written in Go that the recorder
// inlines are called as the inlined builtins are (see builtins.go).

// modAttrDep is an attribute of a module the trace took as a constant:
// the module, LOAD_ATTR's or LOAD_METHOD's name index and the value.
type modAttrDep struct {
	mod vm.Value
	// name is the index of the attribute's name in co's names (the code
	// of the frame that reads it: the loop's or an inlined function's).
	name  int
	co    *vm.CodeObj
	v     vm.Value
	cache vm.GlobalCache // where the entry found it last
}

// moduleFuncs are the functions of modules the recorder inlines.
var moduleFuncs = map[[2]string]builtin{
	{"math", "sqrt"}: bSqrt,
}

// moduleFunc returns which inlined function of a module v is, or
// bNone.
func moduleFunc(v vm.Value) builtin {
	mod, name, ok := vm.BuiltinName(v)
	if !ok {
		return bNone
	}
	return moduleFuncs[[2]string{mod, name}]
}

// moduleAttr returns attribute arg of the module on top of the stack and
// records it as a constant the entries check.
func (r *recorder) moduleAttr(arg int) (vm.Value, error) {
	m := r.stack[len(r.stack)-1].v
	v, ok := r.co.ModuleAttr(m, arg)
	if !ok {
		return vm.Null, errAbort("module attribute not found")
	}
	if r.final {
		r.modAttrs = append(r.modAttrs, modAttrDep{mod: m, name: arg, co: r.co, v: v})
	}
	return v, nil
}

// loadModuleAttr records LOAD_ATTR of an int or float of a module.
func (r *recorder) loadModuleAttr(arg int) error {
	v, err := r.moduleAttr(arg)
	if err != nil {
		return err
	}
	if isFunction(v) {
		// A Python function, called with the NULL pushed before.
		r.pop()
		r.push(sval{ref: ir.None, k: kFunc, v: v, konst: true})
		return nil
	}
	if k := kindOf(v); k != kInt && k != kFloat {
		return abortf("module attribute of type %s", v.Type().Name)
	}
	r.pop()
	r.push(r.constant(v))
	return nil
}

// loadModuleFunc records LOAD_METHOD of a module's function the
// recorder inlines, a Go function or a Python function: NULL and the
// function, as LOAD_GLOBAL of a function pushes them.
func (r *recorder) loadModuleFunc(arg int) error {
	v, err := r.moduleAttr(arg)
	if err != nil {
		return err
	}
	if isFunction(v) {
		r.pop()
		r.push(sval{ref: ir.None, k: kNull, v: vm.Null, konst: true})
		r.push(sval{ref: ir.None, k: kFunc, v: v, konst: true})
		return nil
	}
	fn := moduleFunc(v)
	if fn == bNone {
		return abortf("call of module attribute of type %s", v.Type().Name)
	}
	r.pop()
	r.push(sval{ref: ir.None, k: kNull, v: vm.Null, konst: true})
	r.push(sval{ref: ir.None, k: kBuiltin, i: int64(fn), v: v, konst: true})
	return nil
}

// sqrt records math.sqrt of an int or float: a guard that it is not
// negative (the interpreter raises ValueError), then FSqrt.
func (r *recorder) sqrt(a sval, snap int32) (sval, error) {
	x := r.toFloat(a)
	if x.f < 0 {
		return sval{}, errAbort("math.sqrt of a negative number while recording")
	}
	r.b.Guard(ir.OpGuardTrue, snap, r.b.Op(ir.OpFGe, x.ref, r.b.Float(0)))
	return sval{ref: r.b.Op(ir.OpFSqrt, x.ref), k: kFloat, f: math.Sqrt(x.f)}, nil
}
