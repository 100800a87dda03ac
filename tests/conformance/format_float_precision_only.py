# A float formatted with a precision and no presentation type: like 'g',
# but switching to the exponent form one digit earlier, since the form
# always shows a digit after the point.
for v in [2.236, 0.0, -0.0, 0.5, 25.0, 1.5, 123.456, 1e16, 0.0001, 99.99, 9.99, 1e-5, 1.0, 10.0, 100.0, 123456.0,
          0.00012345, float("inf"), float("nan"), 5e-324, 1.7976931348623157e308]:
    print(repr(v), [format(v, s) for s in [".0", ".1", ".2", ".3", ".5", ".17", "#.1", "#.3", "#.0", ".2%", ".2g", "+.1",
                                           "10.2", "<10.1", "z.1", ",.3", "_.7"]])
for v in [2.236 + 0j, 1.5 - 25j, 0j, complex(-0.0, 9.99)]:
    print(repr(v), [format(v, s) for s in [".0", ".1", ".2", ".3", "#.1", "#.0"]])
print(f"{2.5:.1}", f"{0.0:.0}", "{:.2}".format(9.99), "%.1s" % 2.5)
