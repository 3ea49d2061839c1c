# enum.Flag / IntFlag as CPython 3.11: |, &, ^, ~, in, iteration, bool, repr and str of
# members and of combinations, auto() as powers of two, Flag(value) lookups.
from enum import Flag, IntFlag, auto, Enum


class Perm(Flag):
    R = 4
    W = 2
    X = 1


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


class P(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.value, rw.name)
print(repr(Perm.R), str(Perm.R), Perm.R.value, Perm.R.name)
print(Perm.R in rw, Perm.X in rw, rw & Perm.W, rw & Perm.X, repr(rw & Perm.X), bool(rw & Perm.X))
print(repr(rw ^ Perm.R), repr(rw ^ Perm.X), repr(~Perm.R), repr(~rw), repr(~(rw | Perm.X)))
print(list(rw), list(Perm), len(Perm), [m.name for m in Perm.R | Perm.X])
print(Perm(6), Perm(0), repr(Perm(0)), Perm(7) == Perm.R | Perm.W | Perm.X)
print(list(Color), Color.WHITE, repr(Color.WHITE), Color.RED | Color.BLUE, Color.WHITE & ~Color.RED)
print([c.value for c in Color], Color(3), Color.RED in Color.WHITE)
p = P.R | P.W
print(repr(p), str(p), p, p == 6, p + 1, int(p), p | 1, repr(p | 1), repr(P.X | 8))
print(repr(~P.R), P.R in p, list(p), isinstance(p, int), repr(P(0)), P(5), repr(P(5)))
print(f"{p}", "%d" % p, format(P.R), repr(p & 2), repr(p ^ P.R), p & ~P.W)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError:", e)
flags = Perm(0)
for f in [Perm.X, Perm.R]:
    flags |= f
print(repr(flags), flags.value, Perm.W not in flags)
print({Perm.R: "r"}[Perm.R], hash(P.R) == hash(4), Perm.R is Perm(4))
from enum import IntEnum


class Pri(IntEnum):
    LOW = auto()
    HIGH = auto()


class Status(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(Pri.HIGH + 1, Pri.LOW < Pri.HIGH, isinstance(Pri.LOW, int), int(Pri.HIGH), "%d" % Pri.HIGH)
print(list(Status), Status.D.value, len(Color), Color(0), bool(Color(0)), len(Color.WHITE))
