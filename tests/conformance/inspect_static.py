# inspect's descriptor predicates, getattr_static, classify_class_attrs,
# getclasstree and getcomments (what pydoc's help() uses).
import inspect


class Meta(type):
    def meta_method(cls):
        return 'meta'


# A class with comments above it.
class Base(metaclass=Meta):
    __slots__ = ('slot',)
    data = 1

    def method(self):
        return 1

    @classmethod
    def cm(cls):
        return 2

    @staticmethod
    def sm():
        return 3

    @property
    def prop(self):
        raise RuntimeError('getattr_static must not run this')


class Child(Base):
    data = 2

    def method(self):
        return 2

    def __getattr__(self, name):
        raise RuntimeError('nor this')


class Other:
    pass


print([inspect.isdatadescriptor(x) for x in (Base.__dict__['prop'], Base.__dict__['slot'], Base.method, Base, 1, type.__dict__['__name__'])])
print([inspect.ismemberdescriptor(x) for x in (Base.__dict__['slot'], type.__dict__['__name__'], 1)])
print([inspect.isgetsetdescriptor(x) for x in (Base.__dict__['slot'], type.__dict__['__name__'], 1)])

c = Child()
print(type(inspect.getattr_static(c, 'prop')).__name__)
print(inspect.getattr_static(c, 'data'), inspect.getattr_static(Child, 'data'))
print(type(inspect.getattr_static(Child, 'cm')).__name__, type(inspect.getattr_static(Child, 'sm')).__name__)
print(inspect.getattr_static(c, 'missing', 'default'))
try:
    inspect.getattr_static(c, 'missing')
except AttributeError as e:
    print('AttributeError', e)
o = Other()
o.x = 5
print(inspect.getattr_static(o, 'x'))

for a in inspect.classify_class_attrs(Child):
    if not a.name.startswith('__') or a.name == '__getattr__':
        print(a.name, a.kind, a.defining_class.__name__, type(a.object).__name__)


def show(tree, depth=0):
    for entry in tree:
        if isinstance(entry, list):
            show(entry, depth + 1)
        else:
            cls, bases = entry
            print('  ' * depth + cls.__name__, [b.__name__ for b in bases])


show(inspect.getclasstree([Child, Base, Other]))
show(inspect.getclasstree([Child, Other], unique=True))

# Comments above a function.
def commented():
    pass


print(repr(inspect.getcomments(commented)))
print(repr(inspect.getcomments(Base)))
print(repr(inspect.getcomments(Child)))
print(repr(inspect.getcomments(inspect.getcomments)))
