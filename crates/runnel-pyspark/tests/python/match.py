# The expected output (match.out) is what CPython 3.11 prints.
from dataclasses import dataclass
from collections import namedtuple
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

@dataclass
class Point:
    x: int
    y: int

Pair = namedtuple("Pair", "a b")

class Plain:
    def __init__(self, kind):
        self.kind = kind

def describe(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 1 as small:
            return f"small {small}"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "number"
        case "" :
            return "empty string"
        case str(s) if s.startswith("http"):
            return "url " + s
        case str():
            return "string"
        case []:
            return "empty list"
        case [x]:
            return f"one {x}"
        case [x, y, *rest] if not rest:
            return f"two {x} {y}"
        case [first, *middle, last]:
            return f"many {first} {middle} {last}"
        case {"type": "click", "pos": (px, py)}:
            return f"click at {px},{py}"
        case {"type": t, **others}:
            return f"event {t} {sorted(others)}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "point"
        case Pair(a, b=2):
            return f"pair {a} with b 2"
        case Color.RED:
            return "red"
        case Plain(kind="k"):
            return "plain k"
        case (1, 2):
            return "tuple 1 2"
        case _:
            return "other " + type(v).__name__

for v in [None, True, 0, 1, -5, 7, 2.5, "", "https://x", "abc", [], [9], [1, 2], [1, 2, 3, 4],
          (1, 2), {"type": "click", "pos": (3, 4)}, {"type": "key", "code": 1, "alt": False},
          Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Pair(1, 2), Pair(1, 3), Color.RED,
          Color.GREEN, Plain("k"), Plain("j"), {"no": 1}, b"x" if False else 3.0j if False else {1, 2}]:
    print(repr(v)[:30] if not isinstance(v, Plain) else "Plain", "->", describe(v))

match {"a": 1}:
    case {"a": 1, "b": 2}:
        print("no")
    case {"a": a}:
        print("a is", a)
command = "go north"
match command.split():
    case ["go", direction]:
        print("going", direction)
    case _:
        print("?")
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError", e)
print(isinstance(Pair(1, 2), tuple), isinstance(Point(1, 2), tuple))
