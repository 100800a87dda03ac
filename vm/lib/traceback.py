"""Extract, format and print information about Python stack traces."""
import sys
import _pyjit

__all__ = ['format_exc', 'format_exception', 'format_exception_only', 'format_tb', 'print_exc',
           'print_exception', 'print_tb', 'extract_tb', 'FrameSummary', 'StackSummary', 'print_stack',
           'extract_stack', 'format_stack', 'format_list', 'print_list', 'walk_stack', 'walk_tb']


def _lines(text):
    return text.splitlines(keepends=True)


def _exc_of(exc, value=None):
    if value is not None and not isinstance(exc, BaseException):
        return value
    return exc


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    exc = _exc_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    return _lines(_pyjit.format_exception(exc))


def format_exception_only(exc, /, value=None):
    exc = _exc_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    return _lines(_pyjit.format_exception_only(exc))


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    exc = sys.exception()
    return "".join(format_exception(exc, limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_tb(tb, limit=None):
    return _lines(_pyjit.format_tb(tb))


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for line in format_tb(tb, limit):
        print(line, file=file, end="")


class FrameSummary:
    def __init__(self, filename, lineno, name, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line

    @property
    def line(self):
        if self._line is None:
            self._line = _pyjit.getline(self.filename, self.lineno).strip()
        return self._line

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary(list):
    def format(self):
        out = []
        for f in self:
            row = '  File "{}", line {}, in {}\n'.format(f.filename, f.lineno, f.name)
            if f.line:
                row += '    {}\n'.format(f.line)
            out.append(row)
        return out


def extract_tb(tb, limit=None):
    return _extract(walk_tb(tb), limit)


def walk_stack(f):
    """Walk a stack yielding the frame and line number for each frame."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Walk a traceback yielding the frame and line number for each frame."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _extract(frame_gen, limit):
    result = StackSummary()
    for f, lineno in frame_gen:
        code = f.f_code
        result.append(FrameSummary(code.co_filename, lineno, code.co_name))
    if limit is not None:
        if limit >= 0:
            result[limit:] = []
        else:
            result[:len(result) + limit] = []
    return result


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame, oldest first."""
    if f is None:
        f = sys._getframe().f_back
    stack = _extract(walk_stack(f), limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, file=file, end="")


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)
