# Hexiom-style puzzle solver: place numbered tiles on a hexagonal grid so
# that every tile's number equals its count of occupied neighbours.
import random


def hex_cells(size):
    cells = []
    for q in range(-size + 1, size):
        for r in range(-size + 1, size):
            if abs(q + r) < size:
                cells.append((q, r))
    return cells


DIRECTIONS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))


class Puzzle:
    def __init__(self, size):
        self.cells = hex_cells(size)
        self.index = {c: i for i, c in enumerate(self.cells)}
        self.neighbours = []
        for (q, r) in self.cells:
            ns = []
            for dq, dr in DIRECTIONS:
                n = (q + dq, r + dr)
                if n in self.index:
                    ns.append(self.index[n])
            self.neighbours.append(tuple(ns))

    def make(self, rng, fill):
        n = len(self.cells)
        occupied = set(rng.sample(range(n), fill))
        tiles = []
        for i in sorted(occupied):
            tiles.append(sum(1 for j in self.neighbours[i] if j in occupied))
        return sorted(tiles)


class Solver:
    def __init__(self, puzzle, tiles):
        self.p = puzzle
        self.counts = {}
        for t in tiles:
            self.counts[t] = self.counts.get(t, 0) + 1
        self.placed = [None] * len(puzzle.cells)
        self.solutions = 0
        self.nodes = 0
        self.remaining = len(tiles)

    def consistent(self, i):
        p = self.p
        for k in (i,) + p.neighbours[i]:
            v = self.placed[k]
            if v is None or v < 0:
                continue
            occ = 0
            unknown = 0
            for j in p.neighbours[k]:
                w = self.placed[j]
                if w is None:
                    unknown += 1
                elif w >= 0:
                    occ += 1
            if occ > v or occ + unknown < v:
                return False
        return True

    def solve(self, i=0):
        self.nodes += 1
        if i == len(self.placed):
            if self.remaining == 0:
                self.solutions += 1
            return
        empties_left = len(self.placed) - i - self.remaining
        if empties_left > 0:
            self.placed[i] = -1
            if self.consistent(i):
                self.solve(i + 1)
        for t in sorted(self.counts):
            if self.counts[t]:
                self.counts[t] -= 1
                self.remaining -= 1
                self.placed[i] = t
                if self.consistent(i):
                    self.solve(i + 1)
                self.counts[t] += 1
                self.remaining += 1
        self.placed[i] = None


rng = random.Random(7)
results = []
for size, fill in ((2, 4), (2, 5), (3, 8), (3, 10), (3, 12)):
    puzzle = Puzzle(size)
    tiles = puzzle.make(rng, fill)
    s = Solver(puzzle, tiles)
    s.solve()
    results.append((size, tiles, s.solutions, s.nodes))
for r in results:
    print(r)
