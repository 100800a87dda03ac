# BaseExceptionGroup and ExceptionGroup: constructor checks in their order,
# keyword arguments, args, derive, split and subgroup.


def show(label, f):
    try:
        v = f()
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=>", repr(v))


class _Boom(Exception):
    pass


class _HashRaise:
    def __hash__(self):
        raise _Boom


for t in (BaseExceptionGroup, ExceptionGroup):
    n = t.__name__
    show(n + "()", lambda: t())
    show(n + "('')", lambda: t(''))
    show(n + "('', x='')", lambda: t('', x=''))
    show(n + "('', [ValueError()], k=1)", lambda: t('', [ValueError()], k=1))
    show(n + "('', [_HashRaise()], k=1)", lambda: t('', [_HashRaise()], k=1))
    show(n + "('', '{}', k=...)", lambda: t('', '{}', k=...))
    show(n + "(1, [ValueError()])", lambda: t(1, [ValueError()]))
    show(n + "('', {})", lambda: t('', {}))
    show(n + "('', {1: ValueError()})", lambda: t('', {1: ValueError()}))
    show(n + "('', set())", lambda: t('', {ValueError()}))
    show(n + "('', [])", lambda: t('', []))
    show(n + "('', [1])", lambda: t('', [1]))
    show(n + "('', [KeyboardInterrupt()])", lambda: t('', [KeyboardInterrupt()]))
    show(n + "('', [ValueError()], 3)", lambda: t('', [ValueError()], 3))
    show(n + " args", lambda: t('m', [ValueError(1)]).args)
    show(n + " tuple args", lambda: t('m', (ValueError(1),)).args)
    show(n + " str", lambda: (str(t('m', [ValueError(1)])), str(t('m', [ValueError(1), TypeError()]))))
    show(n + " exceptions", lambda: t('m', [ValueError(1)]).exceptions)
    show(n + " init kw", lambda: t('m', [ValueError(1)]).__init__(x=1))

show("type", lambda: type(BaseExceptionGroup('', [ValueError()])).__name__)


class MyEG(ExceptionGroup):
    pass


g = MyEG("m", [ValueError(1), TypeError(2), ExceptionGroup("n", [ValueError(3)])])
g.add_note("note")
show("derive", lambda: (type(g.derive([KeyError()])).__name__, g.derive([KeyError()]).args))
show("derive bad", lambda: g.derive([1]))
show("split type", lambda: g.split(ValueError))
show("split tuple", lambda: g.split((TypeError, KeyError)))
show("split pred", lambda: g.split(lambda e: isinstance(e, TypeError)))
show("subgroup", lambda: g.subgroup(ValueError))
show("subgroup none", lambda: g.subgroup(KeyError))
show("split notes", lambda: g.split(ValueError)[0].__notes__)
show("split 1", lambda: g.split(1))
show("subgroup()", lambda: g.subgroup())
