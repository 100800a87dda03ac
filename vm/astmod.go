package vm

// The _ast module: the node classes of CPython's Python.asdl
// (astnodes_gen.go lists them), made per interpreter as CPython makes
// them, as heap types derived from _ast.AST whose instances keep their
// fields in their __dict__.
import (
	"bytes"

	"github.com/pyjit/pyjit/vm/compile"
	"github.com/pyjit/pyjit/vm/syntax"
)

// astField is one field of a node class: its name, its declared type
// (a node category such as "expr", or "identifier", "string", "int",
// "constant") and its quantifier (' ' required, '?' optional, '*' list).
type astField struct {
	name, typ string
	quant     byte
}

// astNodeSpec describes one node class of the _ast module.
type astNodeSpec struct {
	name, base, doc string
	fields          []astField
	hasAttrs        bool     // the class defines _attributes itself
	attrs           []string // its _attributes
	nones           []string // names the class dict sets to None
}

// Compile flags of the _ast module.
const (
	pyCFOnlyAST            = 0x400
	pyCFTypeComments       = 0x1000
	pyCFAllowTopLevelAwait = 0x2000
)

// astState holds an interpreter's _ast classes.
type astState struct {
	mod   *Module
	base  *Type            // _ast.AST
	types map[string]*Type // the node classes by name
	specs map[*Type]*astNodeSpec
	// singletons are the instances of the field-less classes (Load, Add,
	// Eq, ...) that parsed trees share, as CPython's do.
	singletons map[string]Value
}

// astTypes returns the interpreter's _ast classes, making them on first use.
func (th *Thread) astTypes() (*astState, error) {
	in := th.interp
	if in.ast != nil {
		return in.ast, nil
	}
	st, err := newASTState(th)
	if err != nil {
		return nil, err
	}
	in.ast = st
	return st, nil
}

func makeASTModule(th *Thread) (*Module, error) {
	st, err := th.astTypes()
	if err != nil {
		return nil, err
	}
	return st.mod, nil
}

func strTuple(names []string) Value {
	items := make([]Value, len(names))
	for i, n := range names {
		items[i] = Obj(intern(n))
	}
	return Obj(NewTuple(items))
}

func newASTState(th *Thread) (*astState, error) {
	st := &astState{types: map[string]*Type{}, specs: map[*Type]*astNodeSpec{}, singletons: map[string]Value{}}
	m := newNativeModule("_ast", nil)
	st.mod = m
	m.Dict.SetStr("PyCF_ONLY_AST", Int(pyCFOnlyAST))
	m.Dict.SetStr("PyCF_TYPE_COMMENTS", Int(pyCFTypeComments))
	m.Dict.SetStr("PyCF_ALLOW_TOP_LEVEL_AWAIT", Int(pyCFAllowTopLevelAwait))
	ns := NewDict()
	ns.SetStr("__module__", String("ast"))
	ns.SetStr("_fields", Obj(emptyTuple))
	ns.SetStr("_attributes", Obj(emptyTuple))
	ns.SetStr("__match_args__", Obj(emptyTuple))
	bv, err := typeNew(th, TypeType, "AST", nil, ns, nil, nil)
	if err != nil {
		return nil, err
	}
	base, ok := bv.o.(*Type)
	if !ok {
		return nil, Errorf(SystemErrorType, "_ast.AST is not a type")
	}
	// As CPython's (PyType_GenericNew), AST.__new__ takes any arguments
	// and leaves them to __init__: a subclass's __new__ may pass its own
	// on (ast.Num's does).
	// AST is a class (a heap type), whose builtin __new__ would be
	// object's: as a staticmethod it is the class's own.
	base.Dict.SetStr("__new__", Obj(&StaticMethod{Fn: Obj(&Builtin{Name: "__new__", owner: "AST", Fn: func(th *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(args) == 0 {
			return Null, Errorf(TypeErrorType, "ast.AST.__new__(): not enough arguments")
		}
		t, ok := args[0].o.(*Type)
		if !ok {
			return Null, Errorf(TypeErrorType, "ast.AST.__new__(X): X is not a type object (%s)", args[0].Type().Name)
		}
		if !t.IsSubtype(base) {
			return Null, Errorf(TypeErrorType, "ast.AST.__new__(%s): %s is not a subtype of ast.AST", t.Name, t.Name)
		}
		return th.objectNewInstance(t, 0)
	}})}))
	base.Dict.SetStr("__init__", Obj(&MethodDescriptor{Name: "__init__", Owner: base, Fn: astInit}))
	base.Dict.SetStr("__reduce__", Obj(&MethodDescriptor{Name: "__reduce__", Owner: base, Fn: astReduce}))
	base.Modified()
	st.base = base
	st.types["AST"] = base
	m.Dict.SetStr("AST", bv)
	for i := range astNodeTable {
		spec := &astNodeTable[i]
		parent := st.types[spec.base]
		ns := NewDict()
		names := make([]string, len(spec.fields))
		for j, f := range spec.fields {
			names[j] = f.name
		}
		ns.SetStr("_fields", strTuple(names))
		ns.SetStr("__match_args__", strTuple(names))
		ns.SetStr("__module__", String("ast"))
		ns.SetStr("__doc__", String(spec.doc))
		if spec.hasAttrs {
			ns.SetStr("_attributes", strTuple(spec.attrs))
		}
		for _, n := range spec.nones {
			ns.SetStr(n, None)
		}
		tv, err := typeNew(th, TypeType, spec.name, []Value{Obj(parent)}, ns, nil, nil)
		if err != nil {
			return nil, err
		}
		t, ok := tv.o.(*Type)
		if !ok {
			return nil, Errorf(SystemErrorType, "_ast.%s is not a type", spec.name)
		}
		st.types[spec.name] = t
		st.specs[t] = spec
		m.Dict.SetStr(spec.name, tv)
		if len(spec.fields) == 0 && !spec.hasAttrs && spec.base != "AST" {
			inst, err := th.allocInstance(t)
			if err != nil {
				return nil, err
			}
			st.singletons[spec.name] = inst
		}
	}
	return st, nil
}

// astInit is AST.__init__: positional arguments set the fields in
// _fields order, keywords set any attribute (Python-ast.c's
// ast_type_init).
func astInit(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	npos := len(args) - len(kw)
	t := self.Type()
	var fields []Value
	fv, found, err := th.getAttrOpt(Obj(t), intern("_fields"))
	if err != nil {
		return Null, err
	}
	if found {
		if fields, err = th.iterateToSlice(fv); err != nil {
			return Null, err
		}
	}
	if npos > len(fields) {
		plural := "s"
		if len(fields) == 1 {
			plural = ""
		}
		return Null, Errorf(TypeErrorType, "%s constructor takes at most %d positional argument%s", t.Name, len(fields), plural)
	}
	for i := 0; i < npos; i++ {
		name, ok := unwrap(fields[i]).o.(*Str)
		if !ok {
			return Null, Errorf(TypeErrorType, "attribute name must be string, not '%s'", fields[i].Type().Name)
		}
		if err := th.SetAttr(self, name, args[i]); err != nil {
			return Null, err
		}
	}
	for i, k := range kw {
		for p := 0; p < npos; p++ {
			if s, ok := fields[p].o.(*Str); ok && s.s == k {
				return Null, Errorf(TypeErrorType, "%s got multiple values for argument '%s'", t.Name, k)
			}
		}
		if err := th.SetAttr(self, intern(k), args[npos+i]); err != nil {
			return Null, err
		}
	}
	return None, nil
}

// astReduce is AST.__reduce__: the class, no arguments and the __dict__.
func astReduce(th *Thread, self Value, args []Value, kw []string) (Value, error) {
	if len(args) > 0 {
		return Null, Errorf(TypeErrorType, "__reduce__() takes no arguments (%d given)", len(args))
	}
	if d := instanceDict(self); d != nil {
		return TupleOf(Obj(self.Type()), Obj(emptyTuple), Obj(d)), nil
	}
	return TupleOf(Obj(self.Type()), Obj(emptyTuple)), nil
}

// funcTypeMode is compile()'s "func_type" mode, for ASTs only.
const funcTypeMode compile.Mode = 3

// parseToAST is compile(source, filename, mode, PyCF_ONLY_AST): the _ast
// tree of the source.
func (th *Thread) parseToAST(filename string, src []byte, mode compile.Mode, feature int, typeComments bool) (Value, error) {
	st, err := th.astTypes()
	if err != nil {
		return Null, err
	}
	in := th.interp
	// Of the type comments, the type ignores are read (the
	// type_comment fields stay None).
	opts := syntax.Options{Check: th.checkInterrupt, IntDigitLimit: in.literalDigitLimit(), Warn: in.compileWarner(filename),
		TypeIgnores: typeComments, Single: mode == compile.SingleMode}
	if feature >= 0 {
		// CPython's feature version: a minor version of Python 3 (0
		// counts as the current one here).
		opts.FeatureVersion = feature
	}
	b := newASTBuilder(st, src)
	switch mode {
	case compile.EvalMode:
		e, err := syntax.ParseExprWith(filename, src, opts)
		if err != nil {
			return Null, th.interp.syntaxErrorFrom(err)
		}
		return b.node("Expression", nil, b.expr(e)), nil
	case funcTypeMode:
		return th.parseFuncType(b, filename, src, opts)
	}
	mod, err := syntax.ParseWith(filename, src, opts)
	if err != nil {
		return Null, th.interp.syntaxErrorFrom(err)
	}
	if mode == compile.SingleMode {
		return b.node("Interactive", nil, b.stmts(mod.Body)), nil
	}
	return b.module(mod), nil
}

// parseFuncType parses a function type comment, `(argtypes) -> result`:
// the text before the arrow outside brackets and strings is a
// parenthesized expression list, the text after it an expression. Each
// part is parsed with the other blanked out, so positions stay those of
// the source.
func (th *Thread) parseFuncType(b *astBuilder, filename string, src []byte, opts syntax.Options) (Value, error) {
	arrow := funcTypeArrow(src)
	if arrow < 0 || len(bytes.TrimSpace(src[:arrow])) == 0 || bytes.TrimSpace(src[:arrow])[0] != '(' {
		return Null, Errorf(SyntaxErrorType, "invalid syntax")
	}
	blank := func(from, to int) []byte {
		out := append([]byte(nil), src...)
		for i := from; i < to; i++ {
			if out[i] != '\n' {
				out[i] = ' '
			}
		}
		return out
	}
	argSrc := blank(arrow, len(src))
	for _, i := range funcTypeStars(argSrc[:arrow]) {
		// The types of *args and **kwargs are argtypes like the others.
		argSrc[i] = ' '
	}
	opts.Blanked = true
	argOpts := opts
	argOpts.TypeExpressions = true
	args, err := syntax.ParseExprWith(filename, argSrc, argOpts)
	if err != nil {
		return Null, th.interp.syntaxErrorFrom(err)
	}
	ret, err := syntax.ParseExprWith(filename, blank(0, arrow+2), opts)
	if err != nil {
		return Null, th.interp.syntaxErrorFrom(err)
	}
	var argtypes []syntax.Expr
	if t, ok := args.(*syntax.Tuple); ok {
		argtypes = t.Elts
	} else {
		argtypes = []syntax.Expr{args}
	}
	for i, a := range argtypes {
		if st, ok := a.(*syntax.Starred); ok {
			argtypes[i] = st.Value
		}
	}
	return b.node("FunctionType", nil, b.exprs(argtypes), b.expr(ret)), nil
}

// funcTypeArrow is the offset of the first "->" outside brackets and
// string literals, or -1.
func funcTypeArrow(src []byte) int {
	depth := 0
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case '\'', '"':
			for i++; i < len(src) && src[i] != c; i++ {
				if src[i] == '\\' {
					i++
				}
			}
		case '-':
			if depth == 0 && i+1 < len(src) && src[i+1] == '>' {
				return i
			}
		}
	}
	return -1
}

// funcTypeStars lists the offsets of the `*` and `**` that start an
// argument type directly inside the parentheses of a function type.
func funcTypeStars(src []byte) []int {
	var out []int
	depth := 0
	var prev byte // the last byte that is not white space
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch c {
		case ' ', '\t', '\f', '\r', '\n', '\\':
			continue
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case '\'', '"':
			for i++; i < len(src) && src[i] != c; i++ {
				if src[i] == '\\' {
					i++
				}
			}
		case '*':
			if depth == 1 && (prev == '(' || prev == ',') {
				out = append(out, i)
				if i+1 < len(src) && src[i+1] == '*' {
					i++
					out = append(out, i)
				}
			}
		}
		prev = c
	}
	return out
}
