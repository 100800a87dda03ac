# Subscripting classes (only generic ones and type itself), object.__init__ with arguments on builtin types, None.__bool__, and __pow__/__rpow__ with a modulus.
class P: pass
for c in ["object[0]", "P[0:0]", "int[0]", "list[int]", "dict[str, int]", "type[int]", "P[int]", "filter[int]", "None.__bool__()", "None.__init__(0)", "(1).__init__(5)", "iter([]).__init__(0)", "(-1).__pow__(0, 1)", "(3).__pow__(2, 5)", "(3).__rpow__(2, 5)", "True.__pow__(2, 1)", "pow(3, 2, 5)", "(2.0).__pow__(2, 1)"]:
    try: print(c, eval(c))
    except Exception as e: print(c, type(e).__name__, e)
for c in ["(2).__pow__(3, None)", "(2).__pow__(3.0, 5)", "(2).__pow__(-1, 5)", "(2).__rpow__(3, 0)", "(2.0).__rpow__(2, 1)", "(2).__pow__('a', 5)", "(2).__pow__(3, 'a')", "True.__rpow__(True, 2)"]:
    try: print(c, eval(c))
    except Exception as e: print(c, type(e).__name__, e)
