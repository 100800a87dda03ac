package compile

// Statement compilation.

import (
	"strings"

	"github.com/pyjit/pyjit/vm/code"
	"github.com/pyjit/pyjit/vm/resolve"
	"github.com/pyjit/pyjit/vm/syntax"
)

// docstring returns the docstring a module, class or function body begins
// with, or nil; at optimization level 2 (-OO) there is none and the
// string is an expression statement like any other.
func (c *compiler) docstring(body []syntax.Stmt) *syntax.Constant {
	if c.optimize >= 2 {
		return nil
	}
	return docstring(body)
}

// docstring returns the string constant statement body begins with, or nil.
func docstring(body []syntax.Stmt) *syntax.Constant {
	if len(body) == 0 {
		return nil
	}
	if es, ok := body[0].(*syntax.ExprStmt); ok {
		if k, ok := es.Value.(*syntax.Constant); ok {
			if _, ok := k.Value.(string); ok {
				return k
			}
		}
	}
	return nil
}

func hasAnnotations(body []syntax.Stmt) bool {
	for _, s := range body {
		switch s := s.(type) {
		case *syntax.AnnAssign:
			return true
		case *syntax.If:
			if hasAnnotations(s.Body) || hasAnnotations(s.Else) {
				return true
			}
		case *syntax.For:
			if hasAnnotations(s.Body) || hasAnnotations(s.Else) {
				return true
			}
		case *syntax.While:
			if hasAnnotations(s.Body) || hasAnnotations(s.Else) {
				return true
			}
		case *syntax.With:
			if hasAnnotations(s.Body) {
				return true
			}
		case *syntax.Match:
			for _, m := range s.Cases {
				if hasAnnotations(m.Body) {
					return true
				}
			}
		case *syntax.Try:
			if hasAnnotations(s.Body) || hasAnnotations(s.Else) || hasAnnotations(s.Finally) {
				return true
			}
			for _, h := range s.Handlers {
				if hasAnnotations(h.Body) {
					return true
				}
			}
		}
	}
	return false
}

// lateFutureOnLine reports a future import that follows, on the same
// line, the statement that ended the module's future imports (body[0]),
// as CPython's future.c does: at the statement's 0-based column, with no
// end (a later line's is the compiler's error, at the usual offset).
func (c *compiler) lateFutureOnLine(body []syntax.Stmt) {
	prev := body[0].Pos().Start.Line
	for _, s := range body[1:] {
		if s.Pos().Start.Line > prev {
			return
		}
		prev = s.Pos().Start.Line
		if f, ok := s.(*syntax.ImportFrom); ok && f.Module == "__future__" {
			start := f.Span.Start
			start.Col--
			c.errorAt(syntax.Span{Start: start}, "from __future__ imports must occur at the beginning of the file")
		}
	}
}

func (c *compiler) futureImports(body []syntax.Stmt) {
	for i, s := range body {
		f, ok := s.(*syntax.ImportFrom)
		if !ok || f.Module != "__future__" {
			if i == 0 && docstring(body) != nil {
				continue
			}
			c.lateFutureOnLine(body[i:])
			return
		}
		if c.futureOK == nil {
			c.futureOK = map[*syntax.ImportFrom]bool{}
		}
		c.futureOK[f] = true
		for _, a := range f.Names {
			switch a.Name {
			case "annotations":
				c.futureAnno = true
			case "nested_scopes", "generators", "division", "absolute_import", "with_statement",
				"print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop":
			case "braces":
				c.errorAt(syntax.Span{Start: f.Span.Start}, "not a chance")
			default:
				// At the statement, as CPython's future.c reports it.
				c.errorAt(syntax.Span{Start: f.Span.Start}, "future feature "+a.Name+" is not defined")
			}
		}
	}
}

func (c *compiler) stmts(list []syntax.Stmt) {
	for _, s := range list {
		c.stmt(s)
	}
}

func (c *compiler) stmt(st syntax.Stmt) {
	c.enter(st.Pos())
	defer c.leave()
	outer := c.curStmt
	c.curStmt = st.Pos()
	defer func() { c.curStmt = outer }()
	u := c.u
	u.setPos(st.Pos())
	switch s := st.(type) {
	case *syntax.ExprStmt:
		if _, ok := s.Value.(*syntax.Constant); ok && !c.interactive {
			// A constant expression statement computes nothing: it is a
			// NOP, kept only where it marks a line (see dropDead).
			u.emit(code.NOP, 0)
			return
		}
		c.expr(s.Value)
		if c.interactive && u.scope.Kind == resolve.Module {
			u.emit(code.PRINT_EXPR, 0)
		} else {
			u.emit(code.POP_TOP, 0)
		}
	case *syntax.Pass:
		u.emit(code.NOP, 0)
	case *syntax.Assign:
		c.expr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				u.emit(code.COPY, 1)
			}
			c.assign(t)
		}
	case *syntax.AugAssign:
		c.augAssign(s)
	case *syntax.AnnAssign:
		c.annAssign(s)
	case *syntax.Delete:
		for _, t := range s.Targets {
			c.delete(t)
		}
	case *syntax.Return:
		if u.scope.Kind != resolve.Function {
			c.errorAt(s.Span, "'return' outside function")
		}
		if s.Value != nil && u.scope.Coroutine && u.scope.Generator {
			c.errorAt(s.Span, "'return' with value in async generator")
		}
		for _, b := range u.fblocks {
			if b.exceptStar {
				c.errorAt(s.Span, errExceptStarExit)
			}
		}
		if s.Value != nil {
			c.expr(s.Value)
		} else {
			u.loadConst(nil)
		}
		// What leaving a with or a finally block runs is on the lines of
		// that block; the return after it has none of its own, as
		// CPython's (it reports the line the finally body ended on).
		u.setPos(s.Span)
		if len(u.fblocks) > 0 {
			u.emit(code.NOP, 0)
		}
		savedH := u.handlers
		c.unwindAll(true)
		u.emit(code.RETURN_VALUE, 0)
		u.handlers = savedH
	case *syntax.If:
		c.ifStmt(s)
	case *syntax.While:
		c.whileStmt(s)
	case *syntax.For:
		if s.IsAsync {
			c.asyncFor(s)
		} else {
			c.forStmt(s)
		}
	case *syntax.Break:
		c.breakContinue(s.Span, true)
	case *syntax.Continue:
		c.breakContinue(s.Span, false)
	case *syntax.Raise:
		n := 0
		if s.Exc != nil {
			c.expr(s.Exc)
			n++
			if s.Cause != nil {
				c.expr(s.Cause)
				n++
			}
		}
		u.setPos(s.Span)
		u.emit(code.RAISE_VARARGS, n)
	case *syntax.Try:
		// CPython's SETUP_FINALLY, a NOP once assembled: the try line is
		// reported to trace functions.
		u.setPos(s.Span)
		u.emit(code.NOP, 0)
		if s.Star {
			c.tryStar(s)
		} else if len(s.Finally) > 0 {
			c.tryFinally(s)
		} else {
			c.tryExcept(s)
		}
	case *syntax.Assert:
		if t, ok := s.Test.(*syntax.Tuple); ok && len(t.Elts) > 0 {
			c.warn(s.Span, "assertion is always true, perhaps remove parentheses?")
		}
		if c.optimize > 0 {
			break
		}
		end := u.newLabel()
		c.jumpIf(s.Test, true, end)
		// The raise is where CPython 3.11's compiler is left: at the last
		// comparison of the test, if any (a traceback's carets show it).
		at := s.Span
		if sp, ok := conditionSpan(s.Test); ok {
			at = sp
		}
		u.setPos(at)
		u.emit(code.LOAD_ASSERTION_ERROR, 0)
		if s.Msg != nil {
			u.emit(code.PUSH_NULL, 0)
			u.emit(code.SWAP, 2)
			c.expr(s.Msg)
			u.setPos(at)
			u.emit(code.CALL, 1)
		}
		u.emit(code.RAISE_VARARGS, 1)
		u.bind(end)
	case *syntax.Import:
		for _, a := range s.Names {
			u.setPos(s.Span)
			u.loadConst(int64(0))
			u.loadConst(nil)
			u.emitName(code.IMPORT_NAME, a.Name)
			if a.AsName != "" {
				parts := strings.Split(a.Name, ".")
				for _, p := range parts[1:] {
					u.emitName(code.IMPORT_FROM, p)
					u.emit(code.SWAP, 2)
					u.emit(code.POP_TOP, 0)
				}
				c.storeName(a.AsName, s.Span)
			} else {
				c.storeName(strings.Split(a.Name, ".")[0], s.Span)
			}
		}
	case *syntax.ImportFrom:
		if s.Module == "__future__" && s.Level == 0 && !c.futureOK[s] {
			c.errorAt(s.Span, "from __future__ imports must occur at the beginning of the file")
		}
		c.importFrom(s)
	case *syntax.Global, *syntax.Nonlocal:
	case *syntax.FunctionDef:
		c.funcDef(s)
	case *syntax.ClassDef:
		c.classDef(s)
	case *syntax.With:
		c.with(s, 0)
	case *syntax.Match:
		c.matchStmt(s)
	default:
		c.errorAt(st.Pos(), "pyjit cannot compile this statement yet")
	}
}

func (c *compiler) importFrom(s *syntax.ImportFrom) {
	u := c.u
	var names code.Tuple
	for _, a := range s.Names {
		names = append(names, a.Name)
	}
	u.loadConst(int64(s.Level))
	u.loadConst(names)
	u.emitName(code.IMPORT_NAME, s.Module)
	if len(s.Names) == 1 && s.Names[0].Name == "*" {
		u.emit(code.IMPORT_STAR, 0)
		return
	}
	for _, a := range s.Names {
		u.emitName(code.IMPORT_FROM, a.Name)
		store := a.AsName
		if store == "" {
			store = a.Name
		}
		c.storeName(store, s.Span)
	}
	u.emit(code.POP_TOP, 0)
}

func (c *compiler) ifStmt(s *syntax.If) {
	u := c.u
	end := u.newLabel()
	next := u.newLabel()
	c.jumpIf(s.Test, false, next)
	c.stmts(s.Body)
	if len(s.Else) > 0 {
		u.emitJumpNoLine(code.JUMP_FORWARD, end)
	}
	u.bind(next)
	c.stmts(s.Else)
	u.bind(end)
}

func (c *compiler) whileStmt(s *syntax.While) {
	u := c.u
	top, body, orelse, end := u.newLabel(), u.newLabel(), u.newLabel(), u.newLabel()
	u.bind(top)
	c.jumpIf(s.Test, false, orelse)
	u.bind(body)
	c.pushBlock(&fblock{kind: whileLoop, start: top, exit: end, depth: u.depth})
	c.stmts(s.Body)
	u.fblocks = u.fblocks[:len(u.fblocks)-1]
	u.setPos(s.Test.Pos())
	u.emitJump(code.JUMP_BACKWARD, top)
	u.bind(orelse)
	c.stmts(s.Else)
	u.bind(end)
}

func (c *compiler) forStmt(s *syntax.For) {
	u := c.u
	top, cleanup, end := u.newLabel(), u.newLabel(), u.newLabel()
	c.expr(c.iterable(s.Iter))
	// Getting the iterator and each item is at the whole statement, body
	// included, as in CPython 3.11: a traceback through them shows the
	// line without carets.
	u.setPos(s.Span)
	u.emit(code.GET_ITER, 0)
	u.depth++
	u.bind(top)
	u.setPos(s.Span)
	u.emitJump(code.FOR_ITER, cleanup)
	c.assign(s.Target)
	c.pushBlock(&fblock{kind: forLoop, start: top, exit: end, depth: u.depth})
	c.stmts(s.Body)
	u.fblocks = u.fblocks[:len(u.fblocks)-1]
	u.setPos(syntax.Span{Start: s.Span.Start, End: s.Iter.Pos().End})
	u.emitJump(code.JUMP_BACKWARD, top)
	u.depth--
	u.bind(cleanup)
	c.stmts(s.Else)
	u.bind(end)
}

func (c *compiler) asyncFor(s *syntax.For) {
	u := c.u
	if !u.isAsync {
		c.errorAt(s.Span, "'async for' outside async function")
	}
	top, except, end, orelse := u.newLabel(), u.newLabel(), u.newLabel(), u.newLabel()
	c.expr(s.Iter)
	// The iteration steps are at the whole statement, as in CPython.
	u.setPos(s.Span)
	u.emit(code.GET_AITER, 0)
	u.depth++
	u.bind(top)
	u.pushHandler(except)
	u.setPos(s.Span)
	u.emit(code.GET_ANEXT, 0)
	u.loadConst(nil)
	c.yieldFromLoop()
	u.popHandler()
	c.assign(s.Target)
	c.pushBlock(&fblock{kind: forLoop, start: top, exit: end, depth: u.depth})
	c.stmts(s.Body)
	u.fblocks = u.fblocks[:len(u.fblocks)-1]
	// As CPython's, the jump back has no line, and the loop's end is on
	// the iterable's line.
	u.emitJumpNoLine(code.JUMP_BACKWARD, top)
	u.bind(except)
	u.depth--
	u.setPos(s.Iter.Pos())
	u.emit(code.END_ASYNC_FOR, 0)
	u.bind(orelse)
	c.stmts(s.Else)
	u.bind(end)
}

// pushBlock enters a loop, try or with block of the current statement.
func (c *compiler) pushBlock(b *fblock) {
	u := c.u
	if len(u.fblocks) >= maxBlocks {
		c.errorAt(c.curStmt, "too many statically nested blocks")
	}
	// Unwinding compiles finally bodies with the block stack cut short
	// while the whole stack is kept to be restored: append to a copy,
	// never over the kept blocks.
	n := len(u.fblocks)
	b.depthHandlers = len(u.handlers) - b.ownHandlers
	u.fblocks = append(u.fblocks[:n:n], b)
}

// errExceptStarExit is CPython's error for a break, continue or return
// that would leave an except* clause's body.
const errExceptStarExit = "'break', 'continue' and 'return' cannot appear in an except* block"

// breakContinue unwinds blocks up to the innermost loop and jumps.
func (c *compiler) breakContinue(sp syntax.Span, isBreak bool) {
	u := c.u
	var loop *fblock
	i := len(u.fblocks) - 1
	for ; i >= 0; i-- {
		b := u.fblocks[i]
		if b.exceptStar {
			c.errorAt(sp, errExceptStarExit)
		}
		if b.kind == whileLoop || b.kind == forLoop {
			loop = b
			break
		}
	}
	if loop == nil {
		if isBreak {
			c.errorAt(sp, "'break' outside loop")
		}
		c.errorAt(sp, "'continue' not properly in loop")
	}
	// Each block is popped before its unwinding code is compiled, so a
	// break or continue inside a finally body being unwound sees only the
	// blocks around it.
	// As CPython's, a NOP marks the statement's line; the jump after
	// the blocks it leaves is on the line their unwinding ends on.
	u.setPos(sp)
	u.emit(code.NOP, 0)
	saved, savedH := u.fblocks, u.handlers
	for j := len(u.fblocks) - 1; j > i; j-- {
		b := u.fblocks[j]
		u.fblocks = u.fblocks[:j]
		c.unwindBlock(b, false)
	}
	u.fblocks = saved
	if isBreak {
		if loop.kind == forLoop {
			u.emit(code.POP_TOP, 0)
		}
		u.emitJump(code.JUMP_FORWARD, loop.exit)
	} else {
		u.emitJump(code.JUMP_BACKWARD, loop.start)
	}
	u.handlers = savedH
}

// unwindAll unwinds every block before a return; the return value is on
// the stack. The handlers of the blocks unwound stay popped: the caller
// restores them once the return is emitted.
func (c *compiler) unwindAll(preserve bool) {
	u := c.u
	saved := u.fblocks
	for j := len(u.fblocks) - 1; j >= 0; j-- {
		b := u.fblocks[j]
		if b.kind == forLoop {
			if preserve {
				u.emit(code.SWAP, 2)
			}
			u.emit(code.POP_TOP, 0)
			continue
		}
		u.fblocks = u.fblocks[:j]
		c.unwindBlock(b, preserve)
	}
	u.fblocks = saved
}

// unwindBlock emits the code that leaves block b early (break, continue,
// return). As CPython's POP_BLOCK, it first pops the block's exception
// handlers: what the unwinding code raises (an __exit__, a finally body)
// goes to the handlers around the block.
func (c *compiler) unwindBlock(b *fblock, preserve bool) {
	u := c.u
	if b.depthHandlers < len(u.handlers) {
		u.handlers = u.handlers[:b.depthHandlers]
	}
	switch b.kind {
	case whileLoop, forLoop, tryExcept:
	case finallyTry:
		// Run the finally body with the handler popped.
		if preserve {
			u.depth++
		}
		savedDepth := u.depth
		if preserve {
			// A break or continue in the finally body drops the value
			// being returned.
			n := len(u.fblocks)
			c.pushBlock(&fblock{kind: popValue, depth: u.depth})
			c.stmts(b.finally)
			u.fblocks = u.fblocks[:n]
		} else {
			c.stmts(b.finally)
		}
		u.depth = savedDepth
		if preserve {
			u.depth--
		}
		// The finally body seems to run after the statement that
		// leaves the block: what follows has no line of its own.
		u.pos = code.Position{}
	case finallyEnd:
		// Stack: prev exc [value]: drop exc, restore prev.
		if preserve {
			u.emit(code.SWAP, 2)
		}
		u.emit(code.POP_TOP, 0)
		if preserve {
			u.emit(code.SWAP, 2)
		}
		u.emit(code.POP_EXCEPT, 0)
	case handlerCleanup:
		if preserve {
			u.emit(code.SWAP, 2)
		}
		if b.name == "" {
			u.emit(code.POP_EXCEPT, popExceptUnbound)
		} else {
			u.emit(code.POP_EXCEPT, 0)
		}
		if b.name != "" {
			u.loadConst(nil)
			c.storeName(b.name, syntax.Span{})
			c.deleteName(b.name, syntax.Span{})
		}
	case withBlock, asyncWithBlock:
		// __exit__ is called on the with statement's line.
		u.setPos(b.pos)
		if preserve {
			u.emit(code.SWAP, 2)
		}
		u.loadConst(nil)
		u.loadConst(nil)
		u.loadConst(nil)
		u.emit(code.CALL, 2)
		if b.kind == asyncWithBlock {
			u.emit(code.GET_AWAITABLE, 2)
			u.loadConst(nil)
			c.yieldFromLoop()
		}
		u.emit(code.POP_TOP, 0)
		u.pos = code.Position{}
	case popValue:
		if preserve {
			u.emit(code.SWAP, 2)
		}
		u.emit(code.POP_TOP, 0)
	}
}

// popExceptUnbound is POP_EXCEPT's argument at the end of an except
// clause that does not bind the exception to a name (the argument is not
// CPython's, which has none): the interpreter may then forget an exception
// nothing else has seen.
const popExceptUnbound = 1

func (c *compiler) tryExcept(s *syntax.Try) {
	u := c.u
	except, orelse, end, cleanup := u.newLabel(), u.newLabel(), u.newLabel(), u.newLabel()
	u.pushHandler(except)
	c.pushBlock(&fblock{kind: tryExcept, depth: u.depth, ownHandlers: 1})
	c.stmts(s.Body)
	u.fblocks = u.fblocks[:len(u.fblocks)-1]
	u.popHandler()
	u.emitNoLine(code.NOP, 0)
	u.bind(orelse)
	c.stmts(s.Else)
	u.emitJumpNoLine(code.JUMP_FORWARD, end)

	// Handlers: stack is [exc].
	u.bind(except)
	u.pos = code.Position{}
	u.depth++ // prev exc stays below
	u.pushCleanupAt(cleanup, u.depth)
	u.emit(code.PUSH_EXC_INFO, 0)
	c.pushBlock(&fblock{kind: exceptHandler, depth: u.depth, ownHandlers: 1})
	tryStmt := c.curStmt
	defer func() { c.curStmt = tryStmt }()
	for _, h := range s.Handlers {
		c.curStmt = h.Span // CPython reports block limits at the handler
		u.setPos(h.Span)
		next := u.newLabel()
		if h.Type != nil {
			c.expr(h.Type)
			u.setPos(h.Span)
			u.emit(code.CHECK_EXC_MATCH, 0)
			u.emitJump(code.POP_JUMP_IF_FALSE, next)
		}
		if h.Name != "" {
			c.storeName(h.Name, h.Span)
			cleanupName := u.newLabel()
			u.pushCleanupAt(cleanupName, u.depth)
			c.pushBlock(&fblock{kind: handlerCleanup, name: h.Name, depth: u.depth, ownHandlers: 2})
			c.stmts(h.Body)
			u.fblocks = u.fblocks[:len(u.fblocks)-1]
			u.popHandler()
			u.pos = code.Position{}
			u.emit(code.POP_EXCEPT, 0)
			u.loadConst(nil)
			c.storeName(h.Name, syntax.Span{})
			c.deleteName(h.Name, syntax.Span{})
			u.emitJump(code.JUMP_FORWARD, end)
			// Exception inside the named handler: clear the name, re-raise.
			u.bind(cleanupName)
			u.loadConst(nil)
			c.storeName(h.Name, syntax.Span{})
			c.deleteName(h.Name, syntax.Span{})
			u.reraiseLasti(1)
		} else {
			u.emit(code.POP_TOP, 0)
			c.pushBlock(&fblock{kind: handlerCleanup, depth: u.depth, ownHandlers: 1})
			c.stmts(h.Body)
			u.fblocks = u.fblocks[:len(u.fblocks)-1]
			u.pos = code.Position{}
			u.emit(code.POP_EXCEPT, popExceptUnbound)
			u.emitJump(code.JUMP_FORWARD, end)
		}
		u.bind(next)
	}
	u.fblocks = u.fblocks[:len(u.fblocks)-1]
	// No clause matched: re-raise at the last clause's `except` (its
	// failed match), as CPython's line numbers propagate there.
	u.pos = code.Position{}
	if last := s.Handlers[len(s.Handlers)-1]; last.Type != nil {
		u.setPos(last.Span)
	}
	u.emit(code.RERAISE, 0)
	u.pos = code.Position{}
	u.popHandler()
	// Cleanup: stack is [prev, exc2]: restore prev and re-raise.
	u.bind(cleanup)
	u.emitCleanup()
	u.depth--
	u.bind(end)
}

func (u *unit) pushHandlerAt(target label, depth int) {
	u.appendHandler(handler{target: target, depth: depth})
}

// pushCleanupAt pushes a lasti handler: one whose RERAISE, emitted by
// reraiseLasti, leaves the frame on the instruction the handler was
// entered from (f_lineno after the frame has exited, as in CPython).
func (u *unit) pushCleanupAt(target label, depth int) {
	u.appendHandler(handler{target: target, depth: depth, lasti: true})
}

func (u *unit) appendHandler(h handler) {
	// A finally body compiled on an early exit runs with the handler
	// stack cut short and the whole stack kept to be restored: append to
	// a copy, never over the kept handlers.
	n := len(u.handlers)
	u.handlers = append(u.handlers[:n:n], h)
}

// reraiseLasti emits the RERAISE that ends a lasti handler (CPython's
// RERAISE 1, or 2 in a with statement's handler, whose lasti is deeper).
func (u *unit) reraiseLasti(depth int) { u.emit(code.RERAISE, depth) }

// emitCleanup emits the body of a cleanup handler entered with [prev,
// exc] on the stack: restore prev as the handled exception, re-raise.
func (u *unit) emitCleanup() {
	u.emit(code.COPY, 2)
	u.emit(code.POP_EXCEPT, 0)
	u.reraiseLasti(1)
}

func (c *compiler) tryFinally(s *syntax.Try) {
	u := c.u
	finExc, end, cleanup := u.newLabel(), u.newLabel(), u.newLabel()
	u.pushHandler(finExc)
	c.pushBlock(&fblock{kind: finallyTry, finally: s.Finally, depth: u.depth, ownHandlers: 1})
	if len(s.Handlers) > 0 {
		c.tryExcept(&syntax.Try{At: s.At, Body: s.Body, Handlers: s.Handlers, Else: s.Else})
	} else {
		c.stmts(s.Body)
	}
	u.fblocks = u.fblocks[:len(u.fblocks)-1]
	u.popHandler()
	u.emitNoLine(code.NOP, 0)
	c.stmts(s.Finally)
	u.emitJumpNoLine(code.JUMP_FORWARD, end)

	// Exception path: stack [exc].
	u.bind(finExc)
	u.pos = code.Position{}
	u.depth++
	u.pushCleanupAt(cleanup, u.depth)
	u.emit(code.PUSH_EXC_INFO, 0)
	u.depth++ // exc stays on the stack during the finally body
	c.pushBlock(&fblock{kind: finallyEnd, depth: u.depth, ownHandlers: 1})
	c.stmts(s.Finally)
	u.fblocks = u.fblocks[:len(u.fblocks)-1]
	u.depth--
	u.pos = code.Position{}
	u.emit(code.RERAISE, 0)
	u.popHandler()
	u.bind(cleanup)
	u.emitCleanup()
	u.depth--
	u.bind(end)
}

// tryStar compiles try/except* (PEP 654).
//
// Each handler splits the exception group held on the stack with
// CHECK_EG_MATCH; the matched part is handled, and whatever the handlers
// raise plus the unmatched rest are collected in a list that
// PREP_RERAISE_STAR turns into the exception to re-raise, if any.
func (c *compiler) tryStar(s *syntax.Try) {
	if len(s.Finally) > 0 {
		u := c.u
		finExc, end, cleanup := u.newLabel(), u.newLabel(), u.newLabel()
		u.pushHandler(finExc)
		c.pushBlock(&fblock{kind: finallyTry, finally: s.Finally, depth: u.depth, ownHandlers: 1})
		c.tryStar(&syntax.Try{At: s.At, Body: s.Body, Handlers: s.Handlers, Else: s.Else, Star: true})
		u.fblocks = u.fblocks[:len(u.fblocks)-1]
		u.popHandler()
		c.stmts(s.Finally)
		u.emitJumpNoLine(code.JUMP_FORWARD, end)
		u.bind(finExc)
		u.depth++
		u.pushCleanupAt(cleanup, u.depth)
		u.emit(code.PUSH_EXC_INFO, 0)
		u.depth++
		c.pushBlock(&fblock{kind: finallyEnd, depth: u.depth, ownHandlers: 1})
		c.stmts(s.Finally)
		u.fblocks = u.fblocks[:len(u.fblocks)-1]
		u.depth--
		u.emit(code.RERAISE, 0)
		u.popHandler()
		u.bind(cleanup)
		u.emitCleanup()
		u.depth--
		u.bind(end)
		return
	}
	u := c.u
	except, end, cleanup, reraise := u.newLabel(), u.newLabel(), u.newLabel(), u.newLabel()
	u.pushHandler(except)
	c.pushBlock(&fblock{kind: tryExcept, depth: u.depth, ownHandlers: 1})
	c.stmts(s.Body)
	u.fblocks = u.fblocks[:len(u.fblocks)-1]
	u.popHandler()
	c.stmts(s.Else)
	u.emitJumpNoLine(code.JUMP_FORWARD, end)

	// Stack on entry: [exc]. Layout during handlers: prev orig list rest
	u.bind(except)
	u.pos = code.Position{}
	u.depth++
	u.pushCleanupAt(cleanup, u.depth)
	u.emit(code.PUSH_EXC_INFO, 0) // prev exc
	u.emit(code.COPY, 1)          // prev orig rest
	u.emit(code.BUILD_LIST, 0)    // prev orig rest list
	u.emit(code.SWAP, 2)          // prev orig list rest
	u.depth += 3
	for _, h := range s.Handlers {
		u.setPos(h.Span)
		next := u.newLabel()
		c.expr(h.Type)
		u.emit(code.CHECK_EG_MATCH, 0) // prev orig list newrest match|None
		u.emit(code.COPY, 1)
		u.emitJump(code.POP_JUMP_IF_NONE, next) // (pops copy)
		// Matched: prev orig list rest match
		handlerExc := u.newLabel()
		if h.Name != "" {
			c.storeName(h.Name, h.Span)
		} else {
			u.emit(code.POP_TOP, 0)
		}
		u.pushHandlerAt(handlerExc, u.depth)
		c.pushBlock(&fblock{kind: popValue, depth: u.depth, ownHandlers: 1, exceptStar: true})
		c.stmts(h.Body)
		u.fblocks = u.fblocks[:len(u.fblocks)-1]
		u.popHandler()
		if h.Name != "" {
			u.loadConst(nil)
			c.storeName(h.Name, syntax.Span{})
			c.deleteName(h.Name, syntax.Span{})
		}
		afterHandler := u.newLabel()
		u.emitJump(code.JUMP_FORWARD, afterHandler)
		// An exception raised by the handler body: stack prev orig list rest raised
		u.bind(handlerExc)
		if h.Name != "" {
			u.loadConst(nil)
			c.storeName(h.Name, syntax.Span{})
			c.deleteName(h.Name, syntax.Span{})
		}
		u.emit(code.LIST_APPEND, 2) // prev orig list rest (raised appended)
		u.emitJump(code.JUMP_FORWARD, afterHandler)
		u.bind(next)
		u.setPos(h.Span)        // no match: on the handler's line
		u.emit(code.POP_TOP, 0) // the None match
		u.pos = code.Position{}
		u.bind(afterHandler)
	}
	// prev orig list rest → add rest to list and compute what to re-raise.
	u.emit(code.LIST_APPEND, 1)       // prev orig list
	u.emit(code.PREP_RERAISE_STAR, 0) // prev exc|None
	u.emit(code.COPY, 1)
	u.emitJump(code.POP_JUMP_IF_NOT_NONE, reraise)
	u.emit(code.POP_TOP, 0)
	// Past here the previous exception is restored: the cleanup handler,
	// which would restore it again, no longer covers the code.
	u.popHandler()
	u.emit(code.POP_EXCEPT, 0)
	u.emitJump(code.JUMP_FORWARD, end)
	u.bind(reraise)
	u.emit(code.SWAP, 2)
	u.emit(code.POP_EXCEPT, 0)
	u.emit(code.RERAISE, 0)
	u.depth -= 3
	u.bind(cleanup)
	u.emitCleanup()
	u.depth--
	u.bind(end)
}

func (c *compiler) with(s *syntax.With, item int) {
	u := c.u
	if item == len(s.Items) {
		c.stmts(s.Body)
		return
	}
	if s.IsAsync && !u.isAsync {
		c.errorAt(s.Span, "'async with' outside async function")
	}
	it := s.Items[item]
	withExc, end, cleanup := u.newLabel(), u.newLabel(), u.newLabel()
	c.expr(it.Context)
	u.setPos(s.Span)
	kind := withBlock
	if s.IsAsync {
		kind = asyncWithBlock
		u.emit(code.BEFORE_ASYNC_WITH, 0)
		u.emit(code.GET_AWAITABLE, 1)
		u.loadConst(nil)
		c.yieldFromLoop()
	} else {
		u.emit(code.BEFORE_WITH, 0) // exit result
	}
	u.depth++
	u.pushCleanupAt(withExc, u.depth)
	if it.Vars != nil {
		c.assign(it.Vars)
	} else {
		u.emit(code.POP_TOP, 0)
	}
	c.pushBlock(&fblock{kind: kind, depth: u.depth, ownHandlers: 1, pos: s.Span})
	c.with(s, item+1)
	u.fblocks = u.fblocks[:len(u.fblocks)-1]
	u.popHandler()
	u.setPos(s.Span)
	u.loadConst(nil)
	u.loadConst(nil)
	u.loadConst(nil)
	u.emit(code.CALL, 2)
	if s.IsAsync {
		u.emit(code.GET_AWAITABLE, 2)
		u.loadConst(nil)
		c.yieldFromLoop()
	}
	u.emit(code.POP_TOP, 0)
	u.emitJump(code.JUMP_FORWARD, end)

	// Exception: stack exit exc
	u.bind(withExc)
	u.depth++
	u.pushCleanupAt(cleanup, u.depth) // exit prev
	u.emit(code.PUSH_EXC_INFO, 0)     // exit prev exc
	u.emit(code.WITH_EXCEPT_START, 0) // exit prev exc res
	if s.IsAsync {
		u.emit(code.GET_AWAITABLE, 2)
		u.loadConst(nil)
		c.yieldFromLoop()
	}
	suppress := u.newLabel()
	u.emitJump(code.POP_JUMP_IF_TRUE, suppress)
	u.reraiseLasti(2)
	u.bind(suppress)
	u.emit(code.POP_TOP, 0)    // exc
	u.emit(code.POP_EXCEPT, 0) // prev
	u.emit(code.POP_TOP, 0)    // exit
	u.popHandler()
	u.emitJump(code.JUMP_FORWARD, end)
	u.bind(cleanup)
	u.emitCleanup()
	u.depth -= 2
	u.bind(end)
}

// yieldFromLoop emits the SEND/YIELD_VALUE loop of `yield from` and `await`;
// the stack holds the iterator and the value to send.
func (c *compiler) yieldFromLoop() {
	u := c.u
	loop, exit := u.newLabel(), u.newLabel()
	u.bind(loop)
	u.emitJump(code.SEND, exit)
	u.emit(code.YIELD_VALUE, 1)
	u.emitJump(code.JUMP_BACKWARD, loop)
	u.bind(exit)
}

func (c *compiler) augAssign(s *syntax.AugAssign) {
	u := c.u
	op := binOpArg(s.Op) + code.NB_INPLACE_ADD
	switch t := s.Target.(type) {
	case *syntax.Name:
		c.loadName(t.ID, t.Span)
		c.expr(s.Value)
		u.setPos(s.Span)
		u.emit(code.BINARY_OP, op)
		c.storeName(t.ID, t.Span)
	case *syntax.Attribute:
		c.expr(t.Value)
		u.emit(code.COPY, 1)
		u.setAttrPos(t, t.Span)
		u.emitName(code.LOAD_ATTR, c.mangle(t.Attr))
		c.expr(s.Value)
		u.setPos(s.Span)
		u.emit(code.BINARY_OP, op)
		u.emit(code.SWAP, 2)
		u.setAttrPos(t, t.Span)
		u.emitName(code.STORE_ATTR, c.mangle(t.Attr))
	case *syntax.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		u.emit(code.COPY, 2)
		u.emit(code.COPY, 2)
		u.setPos(t.Span)
		u.emit(code.BINARY_SUBSCR, 0)
		c.expr(s.Value)
		u.setPos(s.Span)
		u.emit(code.BINARY_OP, op)
		u.emit(code.SWAP, 3)
		u.emit(code.SWAP, 2)
		u.setPos(t.Span)
		u.emit(code.STORE_SUBSCR, 0)
	}
}

func (c *compiler) annAssign(s *syntax.AnnAssign) {
	u := c.u
	if s.Value != nil {
		c.expr(s.Value)
		c.assign(s.Target)
	} else {
		switch t := s.Target.(type) {
		case *syntax.Name:
			c.forbiddenName(t.ID, syntax.Store, s.Span)
		case *syntax.Attribute:
			c.forbiddenName(t.Attr, syntax.Store, s.Span)
		}
	}
	if n, ok := s.Target.(*syntax.Name); ok && s.Simple &&
		(u.scope.Kind == resolve.Module || u.scope.Kind == resolve.Class) {
		c.annotation(s.Annotation)
		u.emitName(code.LOAD_NAME, "__annotations__")
		u.loadConst(c.mangle(n.ID))
		u.setPos(s.Span)
		u.emit(code.STORE_SUBSCR, 0)
		return
	}
	if _, ok := s.Target.(*syntax.Name); !ok && s.Value == nil {
		// Evaluate the target's subexpressions for their side effects.
		switch t := s.Target.(type) {
		case *syntax.Attribute:
			c.expr(t.Value)
			u.emit(code.POP_TOP, 0)
		case *syntax.Subscript:
			c.expr(t.Value)
			u.emit(code.POP_TOP, 0)
			c.expr(t.Slice)
			u.emit(code.POP_TOP, 0)
		}
	}
	if u.scope.Kind == resolve.Module || u.scope.Kind == resolve.Class {
		if !c.futureAnno {
			c.expr(s.Annotation)
			u.emit(code.POP_TOP, 0)
		}
	}
}

// annotation pushes an annotation's value: the expression, or under
// `from __future__ import annotations` its text as CPython unparses it.
func (c *compiler) annotation(e syntax.Expr) {
	if c.futureAnno {
		c.u.loadConst(syntax.UnparseWith(e, c.uKind))
		return
	}
	if st, ok := e.(*syntax.Starred); ok {
		// *args: *Ts annotates args with the one item of Ts's unpacking.
		c.expr(st.Value)
		c.u.emit(code.UNPACK_SEQUENCE, 1)
		return
	}
	c.expr(e)
}

// uKind reports whether a str constant has kind "u": it starts with a u
// prefix in the source, or the tree compiled says so.
func (c *compiler) uKind(k *syntax.Constant) bool {
	if c.src == nil {
		return c.strKindU != nil && c.strKindU(k)
	}
	if c.lineStarts == nil {
		c.lineStarts = []int{0}
		for i, b := range c.src {
			if b == '\n' {
				c.lineStarts = append(c.lineStarts, i+1)
			}
		}
	}
	line := int(k.Span.Start.Line) - 1
	if line < 0 || line >= len(c.lineStarts) {
		return false
	}
	off := c.lineStarts[line] + int(k.Span.Start.Col)
	return off < len(c.src) && c.src[off] == 'u'
}

func (c *compiler) funcDef(s *syntax.FunctionDef) {
	u := c.u
	// CPython's location for a def is its `def` line on, past the
	// decorators.
	defSpan := syntax.Span{Start: s.DefStart, End: s.Span.End}
	c.checkDebugArgs(s.Args, defSpan)
	for _, d := range s.Decorators {
		c.expr(d)
	}
	u.setPos(s.Span)
	scope := c.info.Scopes[s]
	flags := c.funcPrologue(s.Args, s.Returns)
	c.makeFunction(scope, s.Name, s.Args, s.Span.Start.Line, flags, func() {
		body := s.Body
		if doc := c.docstring(body); doc != nil {
			c.u.constIndex(doc.Value)
			body = body[1:]
		} else {
			c.u.constIndex(nil)
		}
		c.stmts(body)
		c.u.emitImplicitReturn()
	})
	u.setPos(s.Span)
	for range s.Decorators {
		u.emit(code.CALL, 0)
	}
	c.storeName(s.Name, defSpan)
}

// funcPrologue pushes defaults, keyword defaults and annotations and
// returns the MAKE_FUNCTION flags.
func (c *compiler) funcPrologue(a *syntax.Arguments, returns syntax.Expr) int {
	u := c.u
	flags := 0
	if len(a.Defaults) > 0 {
		for _, d := range a.Defaults {
			c.expr(d)
		}
		u.emit(code.BUILD_TUPLE, len(a.Defaults))
		flags |= code.MakeDefaults
	}
	nkw := 0
	for i, d := range a.KwDefaults {
		if d != nil {
			u.loadConst(c.mangle(a.KwOnly[i].Name))
			c.expr(d)
			nkw++
		}
	}
	if nkw > 0 {
		u.emit(code.BUILD_MAP, nkw)
		flags |= code.MakeKwDefaults
	}
	nann := 0
	ann := func(arg *syntax.Arg) {
		if arg != nil && arg.Annotation != nil {
			u.loadConst(c.mangle(arg.Name))
			c.annotation(arg.Annotation)
			nann++
		}
	}
	for _, x := range a.PosOnly {
		ann(x)
	}
	for _, x := range a.Args {
		ann(x)
	}
	ann(a.Vararg)
	for _, x := range a.KwOnly {
		ann(x)
	}
	ann(a.Kwarg)
	if returns != nil {
		u.loadConst("return")
		c.annotation(returns)
		nann++
	}
	if nann > 0 {
		u.emit(code.BUILD_MAP, nann)
		flags |= code.MakeAnnotations
	}
	return flags
}

// makeFunction compiles a function body in a new unit and emits
// MAKE_FUNCTION for it (with its closure).
func (c *compiler) makeFunction(scope *resolve.Scope, name string, a *syntax.Arguments, line int32, flags int, body func()) {
	parent := c.u
	qual := c.qualName(name)
	u := c.pushUnit(scope, name, int(line))
	u.co.QualName = qual
	u.pos = code.Position{Line: line, EndLine: line}
	if a != nil {
		u.co.ArgCount = len(a.PosOnly) + len(a.Args)
		u.co.PosOnlyArgCount = len(a.PosOnly)
		u.co.KwOnlyArgCount = len(a.KwOnly)
		if a.Vararg != nil {
			u.co.Flags |= code.VarArgs
		}
		if a.Kwarg != nil {
			u.co.Flags |= code.VarKeywords
		}
	}
	u.co.Flags |= code.Optimized | code.NewLocals
	if scope.Generator && scope.Coroutine {
		u.co.Flags |= code.AsyncGenerator
	} else if scope.Generator {
		u.co.Flags |= code.Generator
	} else if scope.Coroutine {
		u.co.Flags |= code.Coroutine
	}
	if parent.scope.Kind != resolve.Module {
		u.co.Flags |= code.Nested
	}
	if len(scope.Freevars) == 0 && len(scope.Cellvars) == 0 {
		u.co.Flags |= code.NoFree
	}
	body()
	co := c.popUnit()
	c.emitClosure(co, flags)
}

func (c *compiler) emitClosure(co *code.Code, flags int) {
	u := c.u
	if len(co.Freevars) > 0 {
		for _, fv := range co.Freevars {
			u.emit(code.LOAD_CLOSURE, u.cellSlot(fv))
		}
		u.emit(code.BUILD_TUPLE, len(co.Freevars))
		flags |= code.MakeClosure
	}
	u.loadConst(co)
	u.emit(code.MAKE_FUNCTION, flags)
}

// qualName computes the __qualname__ of a new function or class named name.
func (c *compiler) qualName(name string) string {
	u := c.u
	if u.scope.Kind == resolve.Module {
		return name
	}
	if u.scope.Lookup(c.mangle(name)) == resolve.GlobalExplicit {
		return name
	}
	base := u.co.QualName
	// A function's locals get ".<locals>"; a comprehension's do not, as in
	// CPython 3.11 (f.<locals>.<listcomp>.<genexpr>).
	if u.scope.Kind == resolve.Function {
		return base + ".<locals>." + name
	}
	return base + "." + name
}

func (c *compiler) classDef(s *syntax.ClassDef) {
	u := c.u
	for _, d := range s.Decorators {
		c.expr(d)
	}
	u.setPos(s.Span)
	scope := c.info.Scopes[s]
	u.emit(code.PUSH_NULL, 0)
	u.emit(code.LOAD_BUILD_CLASS, 0)
	qual := c.qualName(s.Name)
	line := s.Span.Start.Line
	cu := c.pushUnit(scope, s.Name, int(line))
	cu.co.QualName = qual
	cu.setPos(s.Span)
	cu.emitName(code.LOAD_NAME, "__name__")
	cu.emitName(code.STORE_NAME, "__module__")
	cu.loadConst(qual)
	cu.emitName(code.STORE_NAME, "__qualname__")
	body := s.Body
	// As CPython's compiler_body: __annotations__ first, on the class
	// line, then the docstring on its own line.
	if hasAnnotations(body) {
		cu.emit(code.SETUP_ANNOTATIONS, 0)
	}
	if doc := c.docstring(body); doc != nil {
		cu.setPos(doc.Span)
		cu.loadConst(doc.Value)
		cu.emitName(code.STORE_NAME, "__doc__")
		body = body[1:]
	}
	c.stmts(body)
	cu.pos = code.Position{}
	if scope.NeedsClassCell {
		cu.emit(code.LOAD_CLOSURE, cu.cellSlot("__class__"))
		cu.emit(code.COPY, 1)
		cu.emitName(code.STORE_NAME, "__classcell__")
		cu.emit(code.RETURN_VALUE, 0)
	} else {
		// The body's implicit return None has the line of what reaches
		// it (see placeExit).
		cu.emitImplicitReturn()
	}
	co := c.popUnit()
	c.emitClosure(co, 0)
	u.loadConst(s.Name)
	u.setPos(s.Span)
	defSpan := syntax.Span{Start: s.DefStart, End: s.Span.End}
	c.validateKeywords(s.Keywords, defSpan)
	c.callArgs(s.Bases, s.Keywords, 2, s.Span)
	u.setPos(s.Span)
	for range s.Decorators {
		u.emit(code.CALL, 0)
	}
	c.storeName(s.Name, defSpan)
}

// conditionSpan returns the position CPython 3.11's compiler is left at
// after compiling e as a condition (compiler_jump_if): that of the last
// comparison it met there, which it sets and does not restore; ok is false
// when it met none.
func conditionSpan(e syntax.Expr) (sp syntax.Span, ok bool) {
	var parts []syntax.Expr
	switch x := e.(type) {
	case *syntax.Compare:
		return x.Span, true
	case *syntax.UnaryOp:
		if x.Op == syntax.NAME { // not
			return conditionSpan(x.Operand)
		}
	case *syntax.BoolOp:
		parts = x.Values
	case *syntax.IfExp:
		parts = []syntax.Expr{x.Test, x.Body, x.Else}
	}
	for _, p := range parts {
		if s, found := conditionSpan(p); found {
			sp, ok = s, true
		}
	}
	return sp, ok
}
