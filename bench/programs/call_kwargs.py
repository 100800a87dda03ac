# Calls with keyword arguments and defaults.
def config(host, port=80, *, timeout=10, retries=3):
    return port + timeout + retries


def main(n):
    total = 0
    for i in range(n):
        total += config("h", timeout=i)
        total += config("h", 8080, retries=1)
        total += config(host="h", port=1)
    return total


print(main(1_500_000))
