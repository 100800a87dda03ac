import random
random.seed(1)
print(random.random(), random.randint(1, 100), random.choice("abcdef"))
l = list(range(10)); random.shuffle(l); print(l)
print(random.uniform(1, 2), random.gauss(0, 1), random.sample(range(100), 5))
random.seed("hello"); print(random.random())
random.seed(12345678901234567890); print(random.random(), random.getrandbits(70))
r = random.Random(42); print(r.random(), r.randrange(0, 100, 7), r.choices("abc", k=5))
