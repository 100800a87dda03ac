data = {'a': 1}
def lookup(k):
    return data[k]
def handler():
    try:
        lookup('b')
    except KeyError:
        return 1 / 0
handler()
