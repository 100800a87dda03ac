"""inspect for pyjit: signatures and predicates."""
import sys
import types

_empty_marker = None


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(int):
    _names = ['POSITIONAL_ONLY', 'POSITIONAL_OR_KEYWORD', 'VAR_POSITIONAL', 'KEYWORD_ONLY', 'VAR_KEYWORD']
    _descr = ['positional-only', 'positional or keyword', 'variadic positional', 'keyword-only', 'variadic keyword']

    def __repr__(self):
        return "<_ParameterKind.%s: %d>" % (self._names[self], int(self))

    def __str__(self):
        return self._names[self]

    @property
    def name(self):
        return self._names[self]

    @property
    def description(self):
        return self._descr[self]


POSITIONAL_ONLY = _ParameterKind(0)
POSITIONAL_OR_KEYWORD = _ParameterKind(1)
VAR_POSITIONAL = _ParameterKind(2)
KEYWORD_ONLY = _ParameterKind(3)
VAR_KEYWORD = _ParameterKind(4)


def _strip_typing_prefix(text):
    # Each run of word characters and dots loses a leading 'typing.'
    # (CPython's re.sub(r'[\w\.]+', ...), without importing re).
    out = []
    i, n = 0, len(text)
    while i < n:
        j = i
        while j < n and (text[j].isalnum() or text[j] in '_.'):
            j += 1
        if j == i:
            out.append(text[i])
            i += 1
        else:
            out.append(text[i:j].removeprefix('typing.'))
            i = j
    return ''.join(out)


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return _strip_typing_prefix(repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def formatannotationrelativeto(object):
    module = getattr(object, '__module__', None)
    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation


class Parameter:
    POSITIONAL_ONLY = POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = VAR_POSITIONAL
    KEYWORD_ONLY = KEYWORD_ONLY
    VAR_KEYWORD = VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=None, kind=None, default=_empty, annotation=_empty):
        return Parameter(name or self._name, self._kind if kind is None else kind,
                         default=self._default if default is _empty else default,
                         annotation=self._annotation if annotation is _empty else annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind))


class BoundArguments:
    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (VAR_KEYWORD, KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (VAR_KEYWORD, KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                pass
            else:
                if param.kind == VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is VAR_POSITIONAL:
                    val = ()
                elif param.kind is VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append('{}={!r}'.format(arg, value))
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        self._parameters = {p.name: p for p in (parameters or ())}
        self._return_annotation = return_annotation

    parameters = property(lambda self: dict(self._parameters))
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=None, return_annotation=_empty):
        if parameters is None:
            parameters = self._parameters.values()
        if return_annotation is _empty:
            return_annotation = self._return_annotation
        return Signature(parameters, return_annotation=return_annotation)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self._parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self._return_annotation is not _empty:
            rendered += ' -> {}'.format(formatannotation(self._return_annotation))
        return rendered

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return str(self) == str(other)

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self._parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == POSITIONAL_ONLY:
                            msg = '{arg!r} parameter is positional only, but was passed as a keyword'
                            raise TypeError(msg.format(arg=param.name)) from None
                        parameters_ex = (param,)
                        break
                    elif (param.kind == VAR_KEYWORD or param.default is not _empty):
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        raise TypeError('missing a required argument: {arg!r}'.format(arg=param.name)) from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                else:
                    if param.kind in (VAR_KEYWORD, KEYWORD_ONLY):
                        raise TypeError('too many positional arguments') from None
                    if param.kind == VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != POSITIONAL_ONLY:
                        raise TypeError('multiple values for argument {arg!r}'.format(arg=param.name)) from None
                    arguments[param.name] = arg_val
        kwargs_param = None
        for param in (*parameters_ex, *parameters):
            if param.kind == VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if (not partial and param.kind != VAR_POSITIONAL and param.default is _empty):
                    raise TypeError('missing a required argument: {arg!r}'.format(arg=param_name)) from None
            else:
                if param.kind == POSITIONAL_ONLY:
                    raise TypeError('{arg!r} parameter is positional only, but was passed as a keyword'.format(arg=param.name))
                arguments[param_name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument {arg!r}'.format(arg=next(iter(kwargs))))
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return signature(obj, follow_wrapped=follow_wrapped)


def _signature_from_function(func, skip_first=False):
    code = func.__code__
    pos_count = code.co_argcount
    arg_names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    keyword_only_count = code.co_kwonlyargcount
    annotations = func.__annotations__
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    params = []
    non_default_count = pos_count - len(defaults)
    for i in range(pos_count):
        name = arg_names[i]
        kind = POSITIONAL_ONLY if i < posonly_count else POSITIONAL_OR_KEYWORD
        default = defaults[i - non_default_count] if i >= non_default_count else _empty
        params.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))
    idx = pos_count + keyword_only_count
    if code.co_flags & 0x04:
        name = arg_names[idx]
        params.append(Parameter(name, VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        idx += 1
    for i in range(pos_count, pos_count + keyword_only_count):
        name = arg_names[i]
        params.append(Parameter(name, KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & 0x08:
        name = arg_names[idx]
        params.append(Parameter(name, VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    if skip_first:
        params = params[1:]
    return Signature(params, return_annotation=annotations.get('return', _empty))


def _signature_of_partial(sig, part, extra_args=()):
    """The signature left of sig once the partial object part supplies its arguments."""
    args = tuple(extra_args) + tuple(part.args or ())
    keywords = part.keywords or {}
    try:
        bound = sig.bind_partial(*args, **keywords)
    except TypeError as exc:
        raise ValueError('partial object {!r} has incorrect arguments'.format(part)) from exc
    kept = []
    # Once a positional-or-keyword parameter is given by keyword, it and every
    # later parameter can only be passed by keyword: they move, in order, to
    # the end as keyword-only parameters and *args disappears.
    moved = []
    keyword_only_from_here = False
    for name, param in sig.parameters.items():
        if name in bound.arguments:
            value = bound.arguments[name]
            if param.kind == POSITIONAL_ONLY:
                continue
            if param.kind == POSITIONAL_OR_KEYWORD:
                if name not in keywords:
                    continue
                keyword_only_from_here = True
                param = param.replace(default=value)
            elif param.kind == KEYWORD_ONLY:
                param = param.replace(default=value)
        if not keyword_only_from_here:
            kept.append(param)
        elif param.kind == POSITIONAL_OR_KEYWORD:
            moved.append(param.replace(kind=KEYWORD_ONLY))
        elif param.kind in (KEYWORD_ONLY, VAR_KEYWORD):
            moved.append(param)
    return sig.replace(parameters=kept + moved)


def signature(obj, *, follow_wrapped=True):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        return _signature_from_function(obj.__func__, skip_first=True) if isinstance(obj.__func__, types.FunctionType) else signature(obj.__func__).replace(parameters=list(signature(obj.__func__).parameters.values())[1:])
    if follow_wrapped:
        while hasattr(obj, '__wrapped__') and not isinstance(obj, type):
            obj = obj.__wrapped__
    if isinstance(obj, types.FunctionType):
        return _signature_from_function(obj)
    sig = getattr(obj, '__signature__', None)
    if sig is not None and not isinstance(obj, type):
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
        return sig
    import functools
    if isinstance(obj, functools.partial):
        return _signature_of_partial(signature(obj.func), obj)
    text = getattr(obj, '__text_signature__', None)
    if isinstance(text, str) and not isinstance(obj, type):
        return _signature_from_text(obj, text)
    if isinstance(obj, type):
        init = getattr(obj, '__init__', None)
        if isinstance(init, types.FunctionType):
            return _signature_from_function(init, skip_first=True)
        new = obj.__new__
        if isinstance(new, types.FunctionType):
            return _signature_from_function(new, skip_first=True)
        # The first class of the MRO with a __text_signature__ (list's
        # "(iterable=(), /)"), object left out.
        for base in obj.__mro__[:-1]:
            text = getattr(base, '__text_signature__', None)
            if text:
                return _signature_from_text(base, text)
        if type not in obj.__mro__ and obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return _signature_from_text(object, object.__text_signature__)
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    call = getattr(type(obj), '__call__', None)
    if isinstance(call, types.FunctionType):
        return _signature_from_function(call, skip_first=True)
    raise ValueError('no signature found for builtin {!r}'.format(obj))


def _signature_from_text(obj, text):
    """The signature of a builtin function or method from its
    __text_signature__, "($module, obj, /)": the parameter marked with $
    is dropped when the builtin is bound (to its module, or to an object),
    and is positional-only otherwise."""
    import ast
    import sys
    marked = text.startswith('($')
    try:
        args = ast.parse('def f' + text.replace('$', '', 1) + ': pass').body[0].args
    except SyntaxError:
        raise ValueError('no signature found for builtin {!r}'.format(obj)) from None

    def value(node):
        try:
            return ast.literal_eval(node)
        except ValueError:
            pass
        try:
            return eval(ast.unparse(node), {'sys': sys})
        except Exception:
            raise ValueError('no signature found for builtin {!r}'.format(obj)) from None

    params = []
    positional = args.posonlyargs + args.args
    first_default = len(positional) - len(args.defaults)
    for i, arg in enumerate(positional):
        kind = POSITIONAL_ONLY if i < len(args.posonlyargs) else POSITIONAL_OR_KEYWORD
        default = value(args.defaults[i - first_default]) if i >= first_default else _empty
        params.append(Parameter(arg.arg, kind, default=default))
    if args.vararg:
        params.append(Parameter(args.vararg.arg, VAR_POSITIONAL))
    for arg, node in zip(args.kwonlyargs, args.kw_defaults):
        params.append(Parameter(arg.arg, KEYWORD_ONLY, default=_empty if node is None else value(node)))
    if args.kwarg:
        params.append(Parameter(args.kwarg.arg, VAR_KEYWORD))
    if marked and params:
        if getattr(obj, '__self__', None) is not None:
            del params[0]
        else:
            params[0] = Parameter(params[0].name, POSITIONAL_ONLY, default=params[0].default)
    return Signature(params)


def isfunction(obj):
    return isinstance(obj, types.FunctionType)


def ismethod(obj):
    return isinstance(obj, types.MethodType)


def isclass(obj):
    return isinstance(obj, type)


def ismodule(obj):
    return isinstance(obj, types.ModuleType)


def isbuiltin(obj):
    return isinstance(obj, types.BuiltinFunctionType)


def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)


def iscoroutine(obj):
    return isinstance(obj, types.CoroutineType)


CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    while True:
        try:
            import functools
        except ImportError:
            break
        if not isinstance(f, functools.partial):
            break
        f = f.func
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(obj):
    return isinstance(obj, types.AsyncGeneratorType)


def isawaitable(obj):
    if isinstance(obj, types.CoroutineType):
        return True
    if isinstance(obj, types.GeneratorType) and obj.gi_code.co_flags & CO_ITERABLE_COROUTINE:
        return True
    return hasattr(type(obj), '__await__')


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    if frame is not None:
        return generator.gi_frame.f_locals
    return {}


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getcoroutinelocals(coroutine):
    frame = getattr(coroutine, "cr_frame", None)
    if frame is not None:
        return frame.f_locals
    return {}


def isroutine(obj):
    return isfunction(obj) or ismethod(obj) or isbuiltin(obj) or ismethoddescriptor(obj)


def isabstract(obj):
    return bool(getattr(obj, '__abstractmethods__', False))


def getmembers(obj, predicate=None):
    """The (name, value) pairs of obj's attributes, sorted by name, those
    predicate accepts if given. A class's members include the
    DynamicClassAttributes of its bases (enum's name and value), and an
    attribute getattr fails on is taken from the __dict__ along the MRO."""
    names = dir(obj)
    lookup = ()
    if isclass(obj):
        lookup = (obj,) + getmro(obj)
        for base in getattr(obj, '__bases__', ()):
            names.extend(k for k, v in base.__dict__.items()
                         if isinstance(v, types.DynamicClassAttribute))
    results = []
    seen = set()
    for key in names:
        try:
            value = getattr(obj, key)
            if key in seen:
                raise AttributeError(key)
        except AttributeError:
            for base in lookup:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        seen.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getdoc(obj):
    doc = getattr(obj, '__doc__', None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def unwrap(func):
    while hasattr(func, '__wrapped__'):
        func = func.__wrapped__
    return func


def getmro(cls):
    return cls.__mro__


def currentframe():
    import sys
    return sys._getframe(1)


def _namedtuple(name, fields):
    from collections import namedtuple
    return namedtuple(name, fields)


Traceback = _namedtuple('Traceback', 'filename lineno function code_context index')
FrameInfo = _namedtuple('FrameInfo', 'frame filename lineno function code_context index')


def isframe(object):
    return isinstance(object, types.FrameType)


def istraceback(object):
    return isinstance(object, types.TracebackType)


def getframeinfo(frame, context=1):
    """Get information about a frame or traceback object."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    import _pyjit
    filename = frame.f_code.co_filename
    lines, index = None, None
    if context > 0:
        start = max(lineno - 1 - context // 2, 0)
        lines = []
        for n in range(start + 1, start + 1 + context):
            line = _pyjit.getline(filename, n)
            if not line:
                break
            lines.append(line)
        if lines:
            index = lineno - 1 - start
        else:
            lines = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getouterframes(frame, context=1):
    """Get a list of records for a frame and all higher (calling) frames."""
    framelist = []
    while frame:
        framelist.append(FrameInfo(frame, *getframeinfo(frame, context)))
        frame = frame.f_back
    return framelist


def getinnerframes(tb, context=1):
    """Get a list of records for a traceback's frame and all lower frames."""
    framelist = []
    while tb:
        framelist.append(FrameInfo(tb.tb_frame, *getframeinfo(tb, context)))
        tb = tb.tb_next
    return framelist


def stack(context=1):
    """Return a list of records for the stack above the caller's frame."""
    import sys
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """Return a list of records for the stack below the current exception."""
    import sys
    return getinnerframes(sys.exception().__traceback__, context)


def getmodulename(path):
    """The name of the module a file would be imported as, or None if its
    name has none of the suffixes of importable files."""
    import os
    import importlib.machinery
    base = os.path.basename(path)
    for suffix in sorted(importlib.machinery.all_suffixes(), key=len, reverse=True):
        if base.endswith(suffix):
            return base[:-len(suffix)]
    return None


def iscode(object):
    """Return true if the object is a code object."""
    return isinstance(object, types.CodeType)


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor: its type has
    __get__ but not __set__ (and it is no class, method or function)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def ismethodwrapper(object):
    """Return true if the object is a method wrapper."""
    return isinstance(object, types.MethodWrapperType)


def getfile(object):
    """The name of the (text or binary) file in which an object was
    defined."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(
                    type(object).__name__))


def getabsfile(object, _filename=None):
    """An absolute, normalized name of the file an object was defined in."""
    import os
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


def getmodule(object, _filename=None):
    """The module an object was defined in, or None if it cannot be
    found."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is not None and _filename in _modules_by_file():
        return sys.modules.get(_modules_by_file()[_filename])
    try:
        file = getabsfile(object, _filename)
    except (TypeError, FileNotFoundError):
        return None
    name = _modules_by_file().get(file)
    if name is not None:
        return sys.modules.get(name)
    main = sys.modules.get('__main__')
    if main is not None and not hasattr(object, '__name__'):
        return None
    if main is not None and hasattr(main, object.__name__):
        if getattr(main, object.__name__) is object:
            return main
    builtins = sys.modules['builtins']
    if hasattr(builtins, object.__name__):
        if getattr(builtins, object.__name__) is object:
            return builtins
    return None


def _modules_by_file():
    """Maps the absolute file names of the modules in sys.modules (and the
    names as given) to the modules' names."""
    import os
    files = {}
    for name, module in list(sys.modules.items()):
        file = getattr(module, '__file__', None)
        if ismodule(module) and isinstance(file, str):
            files[file] = name
            files[os.path.normcase(os.path.abspath(os.path.realpath(file)))] = name
            files[os.path.normcase(os.path.abspath(file))] = name
    return files


def getsourcefile(object):
    """The file name of an object's Python source, or None if there is
    none."""
    import os
    import importlib.machinery
    filename = getfile(object)
    if filename.endswith(tuple(importlib.machinery.BYTECODE_SUFFIXES)):
        filename = os.path.splitext(filename)[0] + importlib.machinery.SOURCE_SUFFIXES[0]
    elif importlib.machinery.EXTENSION_SUFFIXES and filename.endswith(
            tuple(importlib.machinery.EXTENSION_SUFFIXES)):
        return None
    if os.path.exists(filename):
        return filename
    module = getmodule(object, filename)
    if getattr(module, '__loader__', None) is not None:
        return filename
    if getattr(getattr(module, '__spec__', None), 'loader', None) is not None:
        return filename
    import linecache
    if filename in linecache.cache:
        return filename
    return None


def isdatadescriptor(object):
    """Return true if the object is a data descriptor: its type defines
    __set__ or __delete__ (classes, methods and functions are not)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


class _Slotted:
    __slots__ = ('slot',)


# The types of a __slots__ entry and of an attribute a built-in type
# computes (types.MemberDescriptorType is that of function.__globals__,
# which pyjit computes).
_MemberDescriptorType = type(_Slotted.__dict__['slot'])
_GetSetDescriptorType = type(type.__dict__['__name__'])
del _Slotted


def isgetsetdescriptor(object):
    """Return true if the object is a getset descriptor (an attribute a
    built-in type computes)."""
    return isinstance(object, _GetSetDescriptorType)


def ismemberdescriptor(object):
    """Return true if the object is a member descriptor (a __slots__
    entry)."""
    return isinstance(object, _MemberDescriptorType)


_sentinel = object()


def _static_lookup(klass, attr):
    """The attribute in the __dict__ of the first class of klass's MRO that
    has it, or _sentinel."""
    for base in type.__dict__['__mro__'].__get__(klass):
        d = type.__dict__['__dict__'].__get__(base)
        if attr in d:
            return d[attr]
    return _sentinel


def getattr_static(obj, attr, default=_sentinel):
    """Look attr up on obj as getattr does, but without running
    descriptors, __getattr__ or __getattribute__: an instance's own
    __dict__ entry, else the entry of the class's MRO."""
    klass = obj if isinstance(obj, type) else type(obj)
    found = _static_lookup(klass, attr)
    if not isinstance(obj, type):
        try:
            own = object.__getattribute__(obj, '__dict__')
        except AttributeError:
            own = {}
        if isinstance(own, dict) and attr in own and not (
                found is not _sentinel and isdatadescriptor(found)):
            return own[attr]
    elif found is _sentinel:
        found = _static_lookup(type(obj), attr)
    if found is not _sentinel:
        return found
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


Attribute = _namedtuple('Attribute', ['name', 'kind', 'defining_class', 'object'])


def classify_class_attrs(cls):
    """List an Attribute(name, kind, defining_class, object) for each name
    dir(cls) gives: kind is 'class method', 'static method', 'property',
    'method' or 'data'; object is the value found in the defining class's
    __dict__ for the first three, else what getattr gives (the __dict__
    entry for __dict__, or when getattr fails)."""
    mro = getmro(cls)
    metamro = tuple(c for c in getmro(type(cls)) if c not in (type, object))
    result = []
    for name in dir(cls):
        home, raw = None, _sentinel
        for base in mro + metamro:
            d = base.__dict__
            if name in d:
                home, raw = base, d[name]
                break
        try:
            if name == '__dict__':
                # The class's own __dict__ descriptor, not the proxy.
                raise AttributeError(name)
            value = getattr(cls, name)
        except AttributeError:
            if raw is _sentinel:
                continue
            value = raw
        if raw is _sentinel:
            raw = value
            for base in mro + metamro:
                if getattr(base, name, _sentinel) is value:
                    home = base
        obj = raw
        if isinstance(raw, (staticmethod, types.BuiltinMethodType)):
            # A builtin type's __new__ is a builtin bound to the type.
            kind = 'static method'
        elif isinstance(raw, (classmethod, types.ClassMethodDescriptorType)):
            kind = 'class method'
        elif isinstance(raw, property):
            kind = 'property'
        else:
            # A getattr that gives None shows the descriptor, as CPython's.
            obj = value if value is not None else raw
            kind = 'method' if isroutine(obj) else 'data'
        result.append(Attribute(name, kind, home, obj))
    return result


def getclasstree(classes, unique=False):
    """Arrange classes into nested lists by inheritance: each class is a
    (class, bases) tuple, followed by a list of the tree of its subclasses
    among classes."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                kids = children.setdefault(parent, [])
                if c not in kids:
                    kids.append(c)
                if unique and parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)

    def walk(level, parent):
        tree = []
        for c in level:
            tree.append((c, c.__bases__))
            if c in children:
                tree.append(walk(children[c], c))
        return tree
    return walk(roots, None)


def getcomments(object):
    """The comment lines just above an object's definition in its source
    (at the top of the file for a module), as one string; None when there
    are none or the source cannot be read."""
    import linecache
    import re
    try:
        filename = getsourcefile(object)
    except TypeError:
        return None
    if not filename:
        return None
    lines = linecache.getlines(filename)
    if not lines:
        return None
    if ismodule(object):
        i = 0
        if lines and lines[0][:2] == '#!':
            i = 1
        while i < len(lines) and lines[i].strip() in ('', '#'):
            i += 1
        out = []
        while i < len(lines) and lines[i].lstrip()[:1] == '#':
            out.append(lines[i].expandtabs())
            i += 1
        return ''.join(out) or None
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        start = object.__code__.co_firstlineno - 1
    elif isclass(object):
        pat = re.compile(r'^\s*class\s*' + re.escape(object.__name__) + r'\b')
        start = next((i for i, line in enumerate(lines) if pat.match(line)), None)
        if start is None:
            return None
    else:
        return None
    indent = lines[start][:len(lines[start]) - len(lines[start].lstrip())]
    end = start - 1
    out = []
    while end >= 0 and lines[end].strip()[:1] == '#' and lines[end].startswith(indent):
        out.append(lines[end].expandtabs().lstrip())
        end -= 1
    out.reverse()
    return ''.join(out) or None
