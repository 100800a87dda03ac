print("pkg.sub imported as", __name__)
def twice(x):
    return 2 * x
