"""Python part of the warnings subsystem (show each warning once per location)."""
import sys

filters = []
_onceregistry = {}
_seen = set()


def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line:
        s += "  %s\n" % line.strip()
    return s


def showwarning(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
    file.write(formatwarning(message, category, filename, lineno, line))


def _action_for(category):
    for action, cat in reversed(filters):
        if issubclass(category, cat):
            return action
    if issubclass(category, (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning)):
        return "ignore"
    return "default"


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    action = _action_for(category)
    if action == "ignore":
        return
    if action == "error":
        raise category(message) if not isinstance(message, Warning) else message
    try:
        frame = sys._getframe(stacklevel)
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
        module = frame.f_globals.get("__name__", "")
    except ValueError:
        filename, lineno, module = "sys", 1, "sys"
    if module == "__main__" and filename.startswith("/"):
        pass
    key = (str(message), category, lineno, filename)
    if action != "always" and key in _seen:
        return
    _seen.add(key)
    line = _getline(filename, lineno)
    showwarning(message, category, filename, lineno, None, line)


def _getline(filename, lineno):
    import _pyjit
    return _pyjit.getline(filename, lineno) or None


_DEPRECATED_MSG = "{name!r} is deprecated and slated for removal in Python {remove}"


def _deprecated(name, message=_DEPRECATED_MSG, *, remove, _version=sys.version_info):
    """Warn that name is deprecated, or raise RuntimeError if the version
    remove (a (major, minor) tuple) has been reached."""
    remove_formatted = f"{remove[0]}.{remove[1]}"
    if (_version[:2] > remove) or (_version[:2] == remove and _version[3] != "alpha"):
        raise RuntimeError(f"{name!r} was slated for removal after Python {remove_formatted} alpha")
    warn(message.format(name=name, remove=remove_formatted), DeprecationWarning, stacklevel=3)


def simplefilter(action, category=Warning, lineno=0, append=False):
    filters.append((action, category))


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    filters.append((action, category))


def resetwarnings():
    filters.clear()


class catch_warnings:
    def __init__(self, *, record=False, module=None):
        self._record = record

    def __enter__(self):
        self._filters = filters[:]
        self._showwarning = globals()['showwarning']
        if self._record:
            log = []

            def show(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            globals()['showwarning'] = show
            return log
        return None

    def __exit__(self, *exc_info):
        filters[:] = self._filters
        globals()['showwarning'] = self._showwarning


class WarningMessage:
    def __init__(self, message, category, filename, lineno, file=None, line=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
