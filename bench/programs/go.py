# Go: Monte-Carlo tree search (UCT) with random playouts on a 9x9 board.
import math
import random

SIZE = 9
KOMI = 7.5
EMPTY, WHITE, BLACK = 0, 1, 2
PASS = -1
MAXMOVES = SIZE * SIZE * 3
SHOW = {EMPTY: '.', WHITE: 'o', BLACK: 'x'}


def other(color):
    return WHITE if color == BLACK else BLACK


NEIGHBOURS = []
for _pos in range(SIZE * SIZE):
    _y, _x = divmod(_pos, SIZE)
    _n = []
    for _dx, _dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        _nx, _ny = _x + _dx, _y + _dy
        if 0 <= _nx < SIZE and 0 <= _ny < SIZE:
            _n.append(_ny * SIZE + _nx)
    NEIGHBOURS.append(tuple(_n))


class Board:
    def __init__(self):
        self.squares = [EMPTY] * (SIZE * SIZE)
        self.color = BLACK
        self.ko = None
        self.history = []
        self.moves = 0
        self.white_dead = 0
        self.black_dead = 0
        self.lastmove = None

    def copy(self):
        b = Board.__new__(Board)
        b.squares = self.squares[:]
        b.color = self.color
        b.ko = self.ko
        b.history = self.history[:]
        b.moves = self.moves
        b.white_dead = self.white_dead
        b.black_dead = self.black_dead
        b.lastmove = self.lastmove
        return b

    def group(self, pos):
        color = self.squares[pos]
        stones = {pos}
        liberties = set()
        todo = [pos]
        while todo:
            p = todo.pop()
            for n in NEIGHBOURS[p]:
                c = self.squares[n]
                if c == EMPTY:
                    liberties.add(n)
                elif c == color and n not in stones:
                    stones.add(n)
                    todo.append(n)
        return stones, liberties

    def useful(self, pos):
        if self.squares[pos] != EMPTY or pos == self.ko:
            return False
        color = self.color
        opp = other(color)
        empties = 0
        friends = 0
        captures = False
        safe_friend = False
        for n in NEIGHBOURS[pos]:
            c = self.squares[n]
            if c == EMPTY:
                empties += 1
            elif c == color:
                friends += 1
                _, libs = self.group(n)
                if len(libs) > 1:
                    safe_friend = True
            else:
                _, libs = self.group(n)
                if len(libs) == 1:
                    captures = True
        if friends == len(NEIGHBOURS[pos]) and safe_friend:
            return False
        return empties > 0 or captures or safe_friend

    def legal_moves(self):
        return [pos for pos in range(SIZE * SIZE) if self.useful(pos)]

    def move(self, pos):
        color = self.color
        self.ko = None
        if pos != PASS:
            self.squares[pos] = color
            captured = []
            for n in NEIGHBOURS[pos]:
                if self.squares[n] == other(color):
                    stones, libs = self.group(n)
                    if not libs:
                        captured.extend(stones)
                        for s in stones:
                            self.squares[s] = EMPTY
            if color == WHITE:
                self.black_dead += len(captured)
            else:
                self.white_dead += len(captured)
            if len(captured) == 1:
                stones, libs = self.group(pos)
                if len(stones) == 1 and len(libs) == 1:
                    self.ko = captured[0]
        self.lastmove = pos
        self.history.append(pos)
        self.moves += 1
        self.color = other(color)

    def random_move(self):
        choices = list(range(SIZE * SIZE))
        random.shuffle(choices)
        for pos in choices:
            if self.useful(pos):
                return pos
        return PASS

    def score(self, color):
        count = KOMI if color == WHITE else 0.0
        for pos in range(SIZE * SIZE):
            c = self.squares[pos]
            if c == color:
                count += 1
            elif c == EMPTY:
                around = {self.squares[n] for n in NEIGHBOURS[pos]}
                if around == {color}:
                    count += 1
        return count

    def __repr__(self):
        rows = []
        for y in range(SIZE - 1, -1, -1):
            rows.append(' '.join(SHOW[self.squares[y * SIZE + x]] for x in range(SIZE)))
        return '\n'.join(rows)


class UCTNode:
    def __init__(self):
        self.bestchild = None
        self.pos = -1
        self.wins = 0
        self.losses = 0
        self.pos_child = {}
        self.parent = None
        self.unexplored = None

    def play(self, board):
        color = board.color
        node = self
        path = [node]
        while True:
            pos = node.select(board)
            if pos == PASS:
                break
            board.move(pos)
            child = node.pos_child.get(pos)
            if not child:
                child = node.pos_child[pos] = UCTNode()
                child.unexplored = board.legal_moves()
                child.pos = pos
                child.parent = node
                path.append(child)
                break
            path.append(child)
            node = child
        self.random_playout(board)
        self.update_path(board, color, path)

    def select(self, board):
        if self.unexplored:
            i = random.randrange(len(self.unexplored))
            pos = self.unexplored[i]
            self.unexplored[i] = self.unexplored[-1]
            self.unexplored.pop()
            return pos
        elif self.bestchild:
            return self.bestchild.pos
        return PASS

    def random_playout(self, board):
        for _ in range(MAXMOVES):
            if board.moves > 2 and board.history[-1] == PASS and board.history[-2] == PASS:
                break
            board.move(board.random_move())

    def update_path(self, board, color, path):
        wins = board.score(BLACK) >= board.score(WHITE)
        for node in path:
            if color == BLACK:
                color = WHITE
            else:
                color = BLACK
            if wins == (color == BLACK):
                node.wins += 1
            else:
                node.losses += 1
            if node.parent:
                node.parent.bestchild = node.parent.best_child()

    def score(self):
        winrate = self.wins / float(self.wins + self.losses)
        parentvisits = self.parent.wins + self.parent.losses
        if not parentvisits:
            return winrate
        nodevisits = self.wins + self.losses
        return winrate + math.sqrt((math.log(parentvisits)) / (5 * nodevisits))

    def best_child(self):
        maxscore = -1
        maxchild = None
        for child in self.pos_child.values():
            if child.score() > maxscore:
                maxchild = child
                maxscore = child.score()
        return maxchild

    def best_visited(self):
        maxvisits = -1
        maxchild = None
        for child in self.pos_child.values():
            if child.wins + child.losses > maxvisits:
                maxvisits, maxchild = (child.wins + child.losses), child
        return maxchild


def computer_move(board, games):
    pos = board.random_move()
    if pos == PASS:
        return PASS
    tree = UCTNode()
    tree.unexplored = board.legal_moves()
    nboard = Board()
    for _ in range(games):
        node = tree
        nboard.__init__()
        for p in board.history:
            nboard.move(p)
        node.play(nboard)
    best = tree.best_visited()
    return best.pos if best else PASS


random.seed(1)
board = Board()
moves = []
for _ in range(3):
    pos = computer_move(board, 12)
    moves.append(pos)
    board.move(pos)
print(moves, board.score(BLACK), board.score(WHITE))
print(board)
