# An AttributeError a __getattr__ raises without name and obj gets those of
# the failed lookup, so that its traceback suggests a near name, also when
# the exception's str() fails.
import sys
class NonStringifyClass:
    __str__ = None
    __repr__ = None
class A:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError(NonStringifyClass())
class B:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError("Error", 23)
class C:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError
class D:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError(name=None)
for cls in [A, B, C, D]:
    try:
        cls().bluch
    except AttributeError as exc:
        print(exc.name, type(exc.obj).__name__)
        sys.__excepthook__(*sys.exc_info())
try:
    getattr(C(), 'bluch')
except AttributeError as exc:
    print(exc.name, type(exc.obj).__name__)
print(getattr(C(), 'bluch', 5), hasattr(C(), 'x'))
