// Package resolve computes the scope of every name in a parsed module, as
// CPython's symtable does.
//
// It runs in two passes. The first walks the syntax tree and builds a tree
// of scopes (module, class, function, lambda, comprehension), recording for
// each name whether it is assigned, used, a parameter, or declared global or
// nonlocal. The second walks the scope tree top-down with the set of names
// bound by enclosing function scopes, and bottom-up with the set of names
// free in nested scopes, deciding for each name whether it is a fast local,
// a cell (local captured by a nested function), a free variable (captured
// from an enclosing function), an explicit or implicit global, or a name
// looked up in a namespace dict (class and module bodies).
package resolve

import (
	"sort"
	"strings"

	"github.com/pyjit/pyjit/vm/syntax"
)

// Kind is the kind of a scope.
type Kind uint8

// Scope kinds.
const (
	Module Kind = iota
	Class
	Function
	Comprehension
)

// Binding says where a name lives.
type Binding uint8

// Bindings.
const (
	Undefined      Binding = iota
	Local                  // fast local slot
	Cell                   // local captured by an inner function
	Free                   // captured from an enclosing function
	GlobalExplicit         // declared global
	GlobalImplicit         // not bound anywhere enclosing: module globals, then builtins
	NameLookup             // class or module body: namespace dict
)

type flags uint16

const (
	defLocal flags = 1 << iota
	defParam
	defGlobal
	defNonlocal
	use
	freeInChild // some nested scope needs this name
	defImport
	defAnnot
	defCompIter // an iteration variable of this comprehension
)

// Scope is one lexical scope.
type Scope struct {
	Kind     Kind
	Name     string
	Node     syntax.Node
	Parent   *Scope
	Children []*Scope

	order   []string // names in first-seen order
	flags   map[string]flags
	binding map[string]Binding

	Params    []string // parameters in co_varnames order
	Varnames  []string // params then other fast locals
	Cellvars  []string // sorted
	Freevars  []string // sorted
	Generator bool     // contains yield
	Coroutine bool     // async def
	// NeedsClassCell is set on a class scope whose methods use super() or __class__.
	NeedsClassCell bool
	// ClassDeref lists names a class body reads from an enclosing function.
	classDeref map[string]bool
	// declared holds the line of the global/nonlocal statement for diagnostics.
	firstUse map[string]syntax.Span
	// directive is the first global or nonlocal statement naming each
	// name, where CPython reports a name declared both.
	directive map[string]syntax.Span
	async     bool // comprehension containing await/async for
	// compIterExpr counts the comprehension iterables being visited in
	// this scope (inherited by scopes nested in one): an assignment
	// expression there is an error.
	compIterExpr int
}

// Lookup reports where name lives in this scope.
func (s *Scope) Lookup(name string) Binding {
	if b, ok := s.binding[name]; ok {
		return b
	}
	if s.Kind == Module || s.Kind == Class {
		return NameLookup
	}
	return GlobalImplicit
}

// IsClassDeref reports whether a class body reads name from an enclosing
// function's cell (LOAD_CLASSDEREF).
func (s *Scope) IsClassDeref(name string) bool { return s.classDeref[name] }

// Info is the result of resolving a module: the scope of every scope-creating node.
type Info struct {
	Scopes map[syntax.Node]*Scope
	Module *Scope
}

// Options adjusts resolving.
type Options struct {
	// MaxDepth is how deep statements and expressions may nest; deeper
	// trees fail with CPython's RecursionError "maximum recursion depth
	// exceeded during compilation". Zero means DefaultMaxDepth.
	MaxDepth int
	// Check, when set, is called every few thousand nodes; an error it
	// returns stops resolving and is returned as is.
	Check func() error
}

// DefaultMaxDepth is CPython's limit under the default recursion limit
// (3 levels of the tree per level of recursion, 1000 levels).
const DefaultMaxDepth = 3000

// RecursionMsg is the message of the RecursionError for too deep a tree.
const RecursionMsg = "maximum recursion depth exceeded during compilation"

// checkEvery is how many nodes pass between calls of Options.Check.
const checkEvery = 4096

type stopError struct{ err error }

// File resolves a parsed module.
func File(filename string, src []byte, mod *syntax.Module) (*Info, error) {
	return FileWith(filename, src, mod, Options{})
}

// FileWith resolves a parsed module with options.
func FileWith(filename string, src []byte, mod *syntax.Module, opts Options) (*Info, error) {
	r := newResolver(filename, src, opts)
	err := r.run(func() {
		top := r.newScope(Module, "<module>", nil)
		r.info.Module = top
		r.cur = top
		r.futureAnno = syntax.FutureAnnotations(mod.Body)
		r.stmts(mod.Body)
		r.analyze(top, nil)
	})
	if err != nil {
		return nil, err
	}
	return r.info, nil
}

// Expr resolves an expression for eval().
func Expr(filename string, src []byte, e syntax.Expr) (*Info, error) {
	return ExprWith(filename, src, e, Options{})
}

// ExprWith resolves an expression for eval() with options.
func ExprWith(filename string, src []byte, e syntax.Expr, opts Options) (*Info, error) {
	r := newResolver(filename, src, opts)
	err := r.run(func() {
		top := r.newScope(Module, "<module>", nil)
		r.info.Module = top
		r.cur = top
		r.expr(e)
		r.analyze(top, nil)
	})
	if err != nil {
		return nil, err
	}
	return r.info, nil
}

type resolver struct {
	file     string
	src      []byte
	info     *Info
	cur      *Scope
	depth    int // nesting of statements and expressions being visited
	maxDepth int
	check    func() error
	steps    int
	// compIterTarget is set while the target of a comprehension's for
	// clause is visited: the names it binds are iteration variables.
	compIterTarget bool
	// futureAnno is set under `from __future__ import annotations`, and
	// annoScope while an annotation is visited then: in the scope it is
	// visited in, yield, await and := are errors.
	futureAnno bool
	annoScope  *Scope
}

func newResolver(filename string, src []byte, opts Options) *resolver {
	r := &resolver{file: filename, src: src, info: &Info{Scopes: map[syntax.Node]*Scope{}},
		maxDepth: opts.MaxDepth, check: opts.Check}
	if r.maxDepth <= 0 {
		r.maxDepth = DefaultMaxDepth
	}
	return r
}

// enter counts one more level of nesting at sp, as CPython's symbol table
// does, and polls Options.Check.
func (r *resolver) enter(sp syntax.Span) {
	r.depth++
	if r.depth > r.maxDepth {
		r.errorKind(sp, RecursionMsg, "RecursionError")
	}
	r.steps++
	if r.check != nil && r.steps%checkEvery == 0 {
		if err := r.check(); err != nil {
			panic(stopError{err})
		}
	}
}

type resolveError struct{ err *syntax.Error }

func (r *resolver) run(f func()) (err error) {
	defer func() {
		if x := recover(); x != nil {
			if se, ok := x.(stopError); ok {
				err = se.err
				return
			}
			re, ok := x.(resolveError)
			if !ok {
				panic(x)
			}
			err = re.err
		}
	}()
	f()
	return nil
}

func (r *resolver) errorAt(sp syntax.Span, msg string) {
	r.errorKind(sp, msg, "SyntaxError")
}

func (r *resolver) errorKind(sp syntax.Span, msg, kind string) {
	text := lineOf(r.src, int(sp.Start.Line))
	e := &syntax.Error{Msg: msg, Filename: r.file, Line: int(sp.Start.Line), Text: text, Kind: kind, FileText: true}
	e.Col = byteOffset(text, int(sp.Start.Col))
	if sp.End.Line > 0 {
		e.EndLine = int(sp.End.Line)
		e.EndCol = byteOffset(lineOf(r.src, int(sp.End.Line)), int(sp.End.Col))
	}
	panic(resolveError{e})
}

func lineOf(src []byte, line int) string {
	l, start := 1, 0
	for i := 0; i < len(src) && l < line; i++ {
		if src[i] == '\n' {
			l++
			start = i + 1
		}
	}
	end := start
	for end < len(src) && src[end] != '\n' {
		end++
	}
	return string(src[start:end]) + "\n"
}

// byteOffset is SyntaxError.offset for byte column col of the line text:
// CPython's compiler reports its errors' columns in UTF-8 bytes (only
// the parser converts its own to characters).
func byteOffset(text string, col int) int {
	return min(col, len(text)) + 1
}

func (r *resolver) newScope(k Kind, name string, node syntax.Node) *Scope {
	s := &Scope{Kind: k, Name: name, Node: node, Parent: r.cur, flags: map[string]flags{},
		binding: map[string]Binding{}, classDeref: map[string]bool{}, firstUse: map[string]syntax.Span{},
		directive: map[string]syntax.Span{}}
	if r.cur != nil {
		r.cur.Children = append(r.cur.Children, s)
		s.compIterExpr = r.cur.compIterExpr
	}
	if node != nil {
		r.info.Scopes[node] = s
	}
	return s
}

// add records a use or binding of name in the current scope, under its
// private-name mangled spelling, as CPython's symtable does.
func (r *resolver) add(name string, f flags, sp syntax.Span) {
	s := r.cur
	key := r.mangle(name)
	old, seen := s.flags[key]
	if !seen {
		s.order = append(s.order, key)
		s.firstUse[key] = sp
	}
	if f&defParam != 0 && old&defParam != 0 {
		r.errorAt(sp, "duplicate argument '"+name+"' in function definition")
	}
	if r.compIterTarget && f&defLocal != 0 {
		// Checked in the order CPython's symtable visits: an assignment
		// expression earlier in the comprehension made the name global
		// or nonlocal here.
		if old&(defGlobal|defNonlocal) != 0 {
			r.errorAt(sp, "comprehension inner loop cannot rebind assignment expression target '"+name+"'")
		}
		f |= defCompIter
	}
	s.flags[key] = old | f
}

// mangle spells name as it is stored in the current scope: private names
// (`__x`) inside a class body or a function nested in one are mangled
// with the nearest enclosing class name.
func (r *resolver) mangle(name string) string {
	for s := r.cur; s != nil; s = s.Parent {
		if s.Kind == Class {
			return Mangle(s.Name, name)
		}
	}
	return name
}

// Mangle applies private-name mangling: `__x` inside class C is `_C__x`.
// Dunder names, dotted names and names in classes named only with
// underscores are left alone.
func Mangle(class, name string) string {
	if !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	class = strings.TrimLeft(class, "_")
	if class == "" {
		return name
	}
	return "_" + class + name
}

func (r *resolver) declare(names []string, global bool, sp syntax.Span) {
	s := r.cur
	for _, name := range names {
		f := s.flags[r.mangle(name)]
		what := "nonlocal"
		if global {
			what = "global"
		}
		// As CPython's symtable, whether or not the name was declared
		// before: `global x; x = 1; global x` assigns before the second.
		if f&defParam != 0 {
			r.errorAt(sp, "name '"+name+"' is parameter and "+what)
		}
		if f&use != 0 {
			r.errorAt(sp, "name '"+name+"' is used prior to "+what+" declaration")
		}
		if f&defAnnot != 0 {
			r.errorAt(sp, "annotated name '"+name+"' can't be "+what)
		}
		if f&defLocal != 0 && f&defImport == 0 {
			// An import binds without assigning in CPython's symtable
			// (DEF_IMPORT): `import x; global x` is allowed.
			r.errorAt(sp, "name '"+name+"' is assigned to before "+what+" declaration")
		}
		if global && f&defNonlocal != 0 || !global && f&defGlobal != 0 {
			r.errorAt(s.directive[name], "name '"+name+"' is nonlocal and global")
		}
		if _, ok := s.directive[name]; !ok {
			s.directive[name] = sp
		}
		if global {
			r.add(name, defGlobal, sp)
			// As in CPython's symtable, a global declaration anywhere
			// makes the name global in the module too: module-level
			// code stores it in the globals, not the locals.
			if top := r.info.Module; top != nil && top != s {
				key := r.mangle(name)
				if _, seen := top.flags[key]; !seen {
					top.order = append(top.order, key)
					top.firstUse[key] = sp
				}
				top.flags[key] |= defGlobal
			}
		} else {
			if s.Kind == Module {
				r.errorAt(sp, "nonlocal declaration not allowed at module level")
			}
			r.add(name, defNonlocal, sp)
		}
	}
}

func (r *resolver) stmts(list []syntax.Stmt) {
	for _, s := range list {
		r.stmt(s)
	}
}

func (r *resolver) stmt(st syntax.Stmt) {
	r.enter(st.Pos())
	defer func() { r.depth-- }()
	switch s := st.(type) {
	case *syntax.FunctionDef:
		for _, d := range s.Decorators {
			r.expr(d)
		}
		r.argDefaults(s.Args)
		r.annotations(s.Args, s.Returns)
		r.add(s.Name, defLocal, s.Span)
		fs := r.newScope(Function, s.Name, s)
		fs.Coroutine = s.IsAsync
		saved := r.cur
		r.cur = fs
		r.params(s.Args)
		r.stmts(s.Body)
		r.cur = saved
	case *syntax.ClassDef:
		for _, d := range s.Decorators {
			r.expr(d)
		}
		for _, b := range s.Bases {
			r.expr(b)
		}
		for _, k := range s.Keywords {
			r.expr(k.Value)
		}
		r.add(s.Name, defLocal, s.Span)
		cs := r.newScope(Class, s.Name, s)
		saved := r.cur
		r.cur = cs
		r.stmts(s.Body)
		r.cur = saved
	case *syntax.Return:
		if s.Value != nil {
			r.expr(s.Value)
		}
	case *syntax.Delete:
		for _, t := range s.Targets {
			r.expr(t)
		}
	case *syntax.Assign:
		r.expr(s.Value)
		for _, t := range s.Targets {
			r.expr(t)
		}
	case *syntax.AugAssign:
		// The target is a store, as in CPython's symtable: `x += 1` before
		// `global x` assigns to x rather than uses it.
		r.expr(s.Value)
		r.expr(s.Target)
	case *syntax.AnnAssign:
		if n, ok := s.Target.(*syntax.Name); ok {
			f := r.cur.flags[r.mangle(n.ID)]
			if f&(defGlobal|defNonlocal) != 0 && s.Simple {
				what := "global"
				if f&defNonlocal != 0 {
					what = "nonlocal"
				}
				r.errorAt(s.Span, "annotated name '"+n.ID+"' can't be "+what)
			}
			if s.Simple {
				r.add(n.ID, defAnnot, n.Span)
			}
			if s.Value != nil {
				r.add(n.ID, defLocal, n.Span)
			}
		} else {
			r.expr(s.Target)
		}
		r.annotation(s.Annotation)
		if s.Value != nil {
			r.expr(s.Value)
		}
	case *syntax.For:
		r.expr(s.Iter)
		r.expr(s.Target)
		r.stmts(s.Body)
		r.stmts(s.Else)
		if s.IsAsync {
			r.markAsync(s.Span)
		}
	case *syntax.While:
		r.expr(s.Test)
		r.stmts(s.Body)
		r.stmts(s.Else)
	case *syntax.If:
		r.expr(s.Test)
		r.stmts(s.Body)
		r.stmts(s.Else)
	case *syntax.With:
		for _, it := range s.Items {
			r.expr(it.Context)
			if it.Vars != nil {
				r.expr(it.Vars)
			}
		}
		r.stmts(s.Body)
		if s.IsAsync {
			r.markAsync(s.Span)
		}
	case *syntax.Raise:
		if s.Exc != nil {
			r.expr(s.Exc)
		}
		if s.Cause != nil {
			r.expr(s.Cause)
		}
	case *syntax.Try:
		r.stmts(s.Body)
		for _, h := range s.Handlers {
			if h.Type != nil {
				r.expr(h.Type)
			}
			if h.Name != "" {
				r.add(h.Name, defLocal, h.Span)
			}
			r.stmts(h.Body)
		}
		r.stmts(s.Else)
		r.stmts(s.Finally)
	case *syntax.Assert:
		r.expr(s.Test)
		if s.Msg != nil {
			r.expr(s.Msg)
		}
	case *syntax.Import:
		for _, a := range s.Names {
			name := a.AsName
			if name == "" {
				name = a.Name
				for i := 0; i < len(name); i++ {
					if name[i] == '.' {
						name = name[:i]
						break
					}
				}
			}
			r.add(name, defLocal|defImport, a.Span)
		}
	case *syntax.ImportFrom:
		for _, a := range s.Names {
			if a.Name == "*" {
				if r.cur.Kind != Module {
					r.errorAt(a.Span, "import * only allowed at module level")
				}
				continue
			}
			name := a.AsName
			if name == "" {
				name = a.Name
			}
			r.add(name, defLocal|defImport, a.Span)
		}
	case *syntax.Global:
		r.declare(s.Names, true, s.Span)
	case *syntax.Nonlocal:
		r.declare(s.Names, false, s.Span)
	case *syntax.ExprStmt:
		r.expr(s.Value)
	case *syntax.Match:
		r.expr(s.Subject)
		for _, mc := range s.Cases {
			r.pattern(mc.Pattern)
			if mc.Guard != nil {
				r.expr(mc.Guard)
			}
			r.stmts(mc.Body)
		}
	case *syntax.Pass, *syntax.Break, *syntax.Continue:
	}
}

// pattern records the names a case pattern binds and the names its value
// and class expressions use, in CPython's symtable order.
func (r *resolver) pattern(pat syntax.Pattern) {
	r.enter(pat.Pos())
	defer func() { r.depth-- }()
	switch p := pat.(type) {
	case *syntax.MatchValue:
		r.expr(p.Value)
	case *syntax.MatchSingleton:
	case *syntax.MatchSequence:
		r.patterns(p.Patterns)
	case *syntax.MatchStar:
		if p.Name != "" {
			r.add(p.Name, defLocal, p.Span)
		}
	case *syntax.MatchMapping:
		r.exprs(p.Keys)
		r.patterns(p.Patterns)
		if p.Rest != "" {
			r.add(p.Rest, defLocal, p.Span)
		}
	case *syntax.MatchClass:
		r.expr(p.Cls)
		r.patterns(p.Patterns)
		r.patterns(p.KwdPatterns)
	case *syntax.MatchAs:
		if p.Pattern != nil {
			r.pattern(p.Pattern)
		}
		if p.Name != "" {
			r.add(p.Name, defLocal, p.Span)
		}
	case *syntax.MatchOr:
		r.patterns(p.Patterns)
	}
}

func (r *resolver) patterns(list []syntax.Pattern) {
	for _, p := range list {
		r.pattern(p)
	}
}

// markAsync records an await in the current scope: a comprehension holding
// one is asynchronous. Enclosing comprehensions learn of it when the
// comprehension ends (see comprehension), as in CPython's symtable.
func (r *resolver) markAsync(sp syntax.Span) {
	if r.cur.Kind == Comprehension {
		r.cur.async = true
	}
}

func (r *resolver) argDefaults(a *syntax.Arguments) {
	for _, d := range a.Defaults {
		r.expr(d)
	}
	for _, d := range a.KwDefaults {
		if d != nil {
			r.expr(d)
		}
	}
}

func (r *resolver) annotations(a *syntax.Arguments, ret syntax.Expr) {
	each := func(args []*syntax.Arg) {
		for _, x := range args {
			if x != nil && x.Annotation != nil {
				r.annotation(x.Annotation)
			}
		}
	}
	each(a.PosOnly)
	each(a.Args)
	each([]*syntax.Arg{a.Vararg})
	each(a.KwOnly)
	each([]*syntax.Arg{a.Kwarg})
	if ret != nil {
		r.annotation(ret)
	}
}

// annotation visits an annotation.
func (r *resolver) annotation(e syntax.Expr) {
	if !r.futureAnno {
		r.expr(e)
		return
	}
	// A stringized annotation is never evaluated, so its names bind
	// nothing in the scopes around it (no cell for a name of an enclosing
	// function, as CPython's annotation block): they are visited in a
	// scope of their own that the analysis does not see.
	savedScope, savedCur := r.annoScope, r.cur
	anno := &Scope{Kind: r.cur.Kind, Name: r.cur.Name, Parent: r.cur, flags: map[string]flags{},
		binding: map[string]Binding{}, classDeref: map[string]bool{}, firstUse: map[string]syntax.Span{},
		directive: map[string]syntax.Span{}, compIterExpr: r.cur.compIterExpr}
	r.cur, r.annoScope = anno, anno
	r.expr(e)
	r.cur, r.annoScope = savedCur, savedScope
}

// notInAnnotation rejects what can't be in a stringized annotation.
func (r *resolver) notInAnnotation(sp syntax.Span, what string) {
	if r.annoScope != nil && r.annoScope == r.cur {
		r.errorAt(sp, "'"+what+"' can not be used within an annotation")
	}
}

func (r *resolver) params(a *syntax.Arguments) {
	add := func(x *syntax.Arg) {
		r.add(x.Name, defParam|defLocal, x.Span)
		r.cur.Params = append(r.cur.Params, r.mangle(x.Name))
	}
	for _, x := range a.PosOnly {
		add(x)
	}
	for _, x := range a.Args {
		add(x)
	}
	for _, x := range a.KwOnly {
		add(x)
	}
	if a.Vararg != nil {
		add(a.Vararg)
	}
	if a.Kwarg != nil {
		add(a.Kwarg)
	}
}

func (r *resolver) exprs(list []syntax.Expr) {
	for _, e := range list {
		if e != nil {
			r.expr(e)
		}
	}
}

func (r *resolver) expr(ex syntax.Expr) {
	r.enter(ex.Pos())
	defer func() { r.depth-- }()
	switch e := ex.(type) {
	case *syntax.Name:
		if e.Ctx == syntax.Load {
			r.add(e.ID, use, e.Span)
			if e.ID == "super" && r.cur.Kind == Function {
				r.add("__class__", use, e.Span)
			}
		} else {
			r.add(e.ID, defLocal, e.Span)
		}
	case *syntax.Constant:
	case *syntax.JoinedStr:
		r.exprs(e.Values)
	case *syntax.FormattedValue:
		r.expr(e.Value)
		if e.FormatSpec != nil {
			r.expr(e.FormatSpec)
		}
	case *syntax.BoolOp:
		r.exprs(e.Values)
	case *syntax.BinOp:
		r.expr(e.Left)
		r.expr(e.Right)
	case *syntax.UnaryOp:
		r.expr(e.Operand)
	case *syntax.Lambda:
		r.argDefaults(e.Args)
		ls := r.newScope(Function, "<lambda>", e)
		saved := r.cur
		r.cur = ls
		r.params(e.Args)
		r.expr(e.Body)
		r.cur = saved
	case *syntax.IfExp:
		r.expr(e.Test)
		r.expr(e.Body)
		r.expr(e.Else)
	case *syntax.Dict:
		r.exprs(e.Keys)
		r.exprs(e.Values)
	case *syntax.Set:
		r.exprs(e.Elts)
	case *syntax.Comp:
		r.comprehension(e)
	case *syntax.Await:
		r.notInAnnotation(e.Span, "await expression")
		if r.cur.Kind == Comprehension {
			r.markAsync(e.Span)
		}
		r.expr(e.Value)
	case *syntax.Yield:
		r.notInAnnotation(e.Span, "yield expression")
		r.yield(e.Span)
		if e.Value != nil {
			r.expr(e.Value)
		}
	case *syntax.YieldFrom:
		r.notInAnnotation(e.Span, "yield expression")
		r.yield(e.Span)
		r.expr(e.Value)
	case *syntax.Compare:
		r.expr(e.Left)
		r.exprs(e.Comparators)
	case *syntax.Call:
		r.expr(e.Func)
		r.exprs(e.Args)
		for _, k := range e.Keywords {
			r.expr(k.Value)
		}
	case *syntax.Attribute:
		r.expr(e.Value)
	case *syntax.Subscript:
		r.expr(e.Value)
		r.expr(e.Slice)
	case *syntax.Starred:
		r.expr(e.Value)
	case *syntax.List:
		r.exprs(e.Elts)
	case *syntax.Tuple:
		r.exprs(e.Elts)
	case *syntax.Slice:
		r.exprs([]syntax.Expr{e.Lower, e.Upper, e.Step})
	case *syntax.NamedExpr:
		r.notInAnnotation(e.Span, "named expression")
		r.expr(e.Value)
		r.namedTarget(e)
	}
}

func (r *resolver) yield(sp syntax.Span) {
	switch r.cur.Kind {
	case Function:
		r.cur.Generator = true
	case Comprehension:
		r.errorAt(sp, "'yield' inside "+compName(r.cur.Node.(*syntax.Comp)))
	}
}

func compName(c *syntax.Comp) string {
	switch c.Kind {
	case syntax.LBRACK:
		return "list comprehension"
	case syntax.LBRACE:
		return "set comprehension"
	case syntax.COLON:
		return "dict comprehension"
	}
	return "generator expression"
}

// namedTarget binds the target of `x := …` in the nearest enclosing
// non-comprehension scope (PEP 572).
func (r *resolver) namedTarget(e *syntax.NamedExpr) {
	name := e.Target.ID
	if r.cur.compIterExpr > 0 {
		r.errorAt(e.Span, "assignment expression cannot be used in a comprehension iterable expression")
	}
	if r.cur.Kind != Comprehension {
		r.add(name, defLocal, e.Target.Span)
		return
	}
	key := r.mangle(name)
	for s := r.cur; s != nil; s = s.Parent {
		if s.Kind == Comprehension {
			if s.flags[key]&defCompIter != 0 {
				r.errorAt(e.Target.Span, "assignment expression cannot rebind comprehension iteration variable '"+name+"'")
			}
			continue
		}
		if s.Kind == Class {
			r.errorAt(e.Target.Span, "assignment expression within a comprehension cannot be used in a class body")
		}
		saved := r.cur
		r.cur = s
		if s.Kind == Function {
			r.add(name, defLocal, e.Target.Span)
		} else {
			r.add(name, defGlobal|defLocal, e.Target.Span)
		}
		r.cur = saved
		// Inside the comprehension the name is free (function) or global
		// (module, or a function that declares it global).
		global := s.Kind != Function || s.flags[key]&defGlobal != 0
		for c := r.cur; c != s; c = c.Parent {
			if !global {
				if c.flags[key]&defNonlocal == 0 {
					c.order = appendOnce(c.order, c.flags, key)
					c.flags[key] |= defNonlocal
				}
			} else {
				c.order = appendOnce(c.order, c.flags, key)
				c.flags[key] |= defGlobal
			}
		}
		return
	}
}

func appendOnce(order []string, f map[string]flags, name string) []string {
	if _, ok := f[name]; ok {
		return order
	}
	return append(order, name)
}

func (r *resolver) comprehension(e *syntax.Comp) {
	// The outermost iterable is evaluated in the enclosing scope.
	r.cur.compIterExpr++
	r.expr(e.Generators[0].Iter)
	r.cur.compIterExpr--
	cs := r.newScope(Comprehension, compName(e), e)
	saved := r.cur
	r.cur = cs
	r.add(".0", defParam|defLocal, e.Span)
	cs.Params = []string{".0"}
	for i, g := range e.Generators {
		if i > 0 {
			cs.compIterExpr++
			r.expr(g.Iter)
			cs.compIterExpr--
		}
		r.compIterTarget = true
		r.expr(g.Target)
		r.compIterTarget = false
		r.exprs(g.Ifs)
		if g.IsAsync {
			cs.async = true
		}
	}
	if e.Value != nil {
		r.expr(e.Elt)
		r.expr(e.Value)
	} else {
		r.expr(e.Elt)
	}
	if e.Kind == syntax.LPAREN {
		cs.Generator = true
	}
	r.cur = saved
	// An asynchronous list, set or dict comprehension is awaited where it
	// is evaluated, which makes an enclosing comprehension asynchronous
	// too; an asynchronous generator expression is not awaited.
	if cs.async && e.Kind != syntax.LPAREN && saved.Kind == Comprehension {
		saved.async = true
	}
}

// IsAsyncComprehension reports whether a comprehension scope is
// asynchronous: it has an `async for`, an await, or an asynchronous
// list, set or dict comprehension evaluated inside it.
func (s *Scope) IsAsyncComprehension() bool { return s.async }

// analyze decides the binding of every name. bound holds the names bound by
// enclosing function scopes. It returns the names free in s (needed from
// outside).
func (r *resolver) analyze(s *Scope, bound map[string]bool) map[string]bool {
	free := map[string]bool{}
	// Bindings of this scope's own names.
	for _, name := range s.order {
		f := s.flags[name]
		switch {
		case f&defGlobal != 0:
			s.binding[name] = GlobalExplicit
		case f&defNonlocal != 0:
			if !bound[name] {
				r.errorAt(s.firstUse[name], "no binding for nonlocal '"+name+"' found")
			}
			s.binding[name] = Free
			free[name] = true
		case f&(defLocal|defParam) != 0:
			if s.Kind == Module || s.Kind == Class {
				s.binding[name] = NameLookup
			} else {
				s.binding[name] = Local
			}
		case f&defAnnot != 0 && (s.Kind == Module || s.Kind == Class):
			s.binding[name] = NameLookup
		case f&defAnnot != 0:
			s.binding[name] = Local
		default:
			if name == "__class__" && s.Kind == Function && r.inClass(s) {
				s.binding[name] = Free
				free[name] = true
			} else if bound[name] {
				if s.Kind == Class {
					s.classDeref[name] = true
				}
				s.binding[name] = Free
				free[name] = true
			} else if s.Kind == Module || s.Kind == Class {
				s.binding[name] = NameLookup
			} else {
				s.binding[name] = GlobalImplicit
			}
		}
	}
	// Names bound for children.
	childBound := bound
	if s.Kind == Function || s.Kind == Comprehension {
		childBound = map[string]bool{}
		for k := range bound {
			childBound[k] = true
		}
		for name, b := range s.binding {
			if b == Local {
				childBound[name] = true
			}
			if b == GlobalExplicit {
				delete(childBound, name)
			}
		}
	}
	if s.Kind == Class {
		childBound = map[string]bool{}
		for k := range bound {
			childBound[k] = true
		}
		childBound["__class__"] = true
	}
	for _, c := range s.Children {
		cf := r.analyze(c, childBound)
		for name := range cf {
			if s.Kind == Class && name == "__class__" {
				s.NeedsClassCell = true
				continue
			}
			switch s.binding[name] {
			case Local:
				s.binding[name] = Cell
			case Cell:
			case Free:
				free[name] = true
			default:
				// A class passes names its methods capture through as free
				// variables, even when it binds the same name itself or
				// declares it global.
				if s.Kind != Class && (s.binding[name] == GlobalExplicit || s.binding[name] == GlobalImplicit) {
					continue
				}
				if s.Kind == Module {
					continue
				}
				if _, own := s.binding[name]; !own {
					s.binding[name] = Free
				}
				free[name] = true
			}
		}
	}
	// Build the ordered name lists.
	for _, p := range s.Params {
		s.Varnames = append(s.Varnames, p)
	}
	isParam := map[string]bool{}
	for _, p := range s.Params {
		isParam[p] = true
	}
	if s.Kind == Function || s.Kind == Comprehension {
		for _, name := range s.order {
			if (s.binding[name] == Local || s.binding[name] == Cell) && !isParam[name] {
				s.Varnames = append(s.Varnames, name)
			}
		}
	}
	for name, b := range s.binding {
		if b == Cell {
			s.Cellvars = append(s.Cellvars, name)
		}
	}
	if s.NeedsClassCell {
		s.Cellvars = append(s.Cellvars, "__class__")
	}
	for name := range free {
		s.Freevars = append(s.Freevars, name)
	}
	sort.Strings(s.Cellvars)
	sort.Strings(s.Freevars)
	return free
}

func (r *resolver) inClass(s *Scope) bool {
	for p := s.Parent; p != nil; p = p.Parent {
		if p.Kind == Class {
			return true
		}
	}
	return false
}
