# exec() and eval() check their namespaces before compiling the source.
class NotAMapping:
    def __eq__(self, other):
        return self == other
for call in ("exec('ABC def', None, 5)", "exec('ABC def', {}, 5)", "exec('ABC def', 5, 5)",
             "exec('ABC def', None, NotAMapping())", "eval('ABC def', None, 5)", "eval('1 +', 5)"):
    try:
        eval(call)
    except Exception as e:
        print(call, type(e).__name__, e)
