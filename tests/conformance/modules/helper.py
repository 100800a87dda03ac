"""A helper module imported by the conformance programs."""
print("helper imported, __name__ =", __name__)
VALUE = 42

def greet(name):
    return "hello " + name

if __name__ == "__main__":
    print("not printed on import")
