# match and case stay ordinary names outside match statements.
match = 1
case = 2
print(match, case)
match += 1
print(match)


def match(*args):
    return ("called", args)


print(match(1, 2))
print(match (3))
match = [10, 20, 30]
print(match[0], match[1:])
match[0] = 11
print(match)
match: list = [1]
print(match)


class case:
    attr = "case attribute"
    match = "nested"


print(case.attr, case.match)
match = {"case": 1}
print(match["case"])
x = match, case
print(len(x))
match = 5
print(-match, match - 1, match * 2)


def f(match, case=3):
    return match + case


print(f(match=1, case=2))
print([match for match in range(3)])
print({case: match for case, match in [(1, 2)]})
import operator as match
print(match.add(1, 2))

# A match statement whose subject mentions match and case.
match = 3
case = [1, 2]
match match:
    case 3:
        print("match is 3")
match case:
    case [1, case]:
        print("case is", case)
match (match):
    case 3:
        print("parenthesized subject")
match -match:
    case -3:
        print("negative subject")
match [match, match]:
    case [3, 3]:
        print("list subject")
match match, case:
    case (3, 2):
        print("tuple subject")
match {match: case}:
    case {3: 2}:
        print("dict subject")
match match if match else case:
    case 3:
        print("conditional subject")
match not match:
    case False:
        print("not subject")
match lambda: 1:
    case f if callable(f):
        print("lambda subject", f())
match (y := 8):
    case 8:
        print("walrus subject", y)

# Names called match and case inside patterns.
match {"match": 1, "case": 2}:
    case {"match": match, "case": case}:
        print("captured", match, case)


class NS:
    match = 10
    case = 20


match 10:
    case NS.match:
        print("value pattern NS.match")
match 20:
    case NS.case:
        print("value pattern NS.case")

print("_" in dir())
_ = "underscore"
match 1:
    case _:
        print(_)
