import types, collections, functools
ns1 = types.SimpleNamespace(c='cookie'); ns1.spam = ns1; print(repr(ns1))
class NS(types.SimpleNamespace): pass
n = NS(a=1); n.me = n; print(n)
d = collections.deque([1]); d.append(d); print(d)
od = collections.OrderedDict(a=1); od['me'] = od; print(od)
dd = collections.defaultdict(list); dd['me'] = dd; print(dd)
class T(tuple): pass
class L(list): pass
l = L([1]); l.append(l); print(l)
class D(dict): pass
dx = D(a=1); dx['me'] = dx; print(dx)
class S(set): pass
p = functools.partial(print); p.__dict__['x']=1
p2 = functools.partial(max, 1); 
import operator
print(repr(operator.attrgetter('a')))
c = collections.Counter(a=1); print(c)
cm = collections.ChainMap({}); cm.maps[0]['me'] = cm; print(cm)
ul = collections.UserList([1]); ul.append(ul); print(ul)
