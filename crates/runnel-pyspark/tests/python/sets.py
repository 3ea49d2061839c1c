# Sets as CPython's: hashed items, 1 / 1.0 / True one item, set algebra, the script's
# classes by __hash__/__eq__, unhashable items refused.
s = {3, 1, 2, 1.0, True}
print(s, len(s), 2 in s, 2.0 in s, 5 in s)
s.add(10)
s.discard(3)
s.remove(2)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3, 4} < a, a >= {1}, a == {4, 3, 2, 1})
print(a.union([7]), a.intersection(b, {4}), a.difference([1]), a.symmetric_difference(b))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([9]), a.isdisjoint(b))
c = set(a)
c.intersection_update(b)
print(c)
c.update([8, 9], (10,))
print(c)
c.difference_update([8])
c.symmetric_difference_update({9, 11})
print(c)
print(c.pop(), c)
words = set("the quick brown the lazy quick dog".split())
print(len(words), "the" in words, "cat" in words, sorted(words))
seen = set()
dups = []
for x in [5, 1, 5, 2, 1, 9, 2]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(dups, seen)
print({(1, 2), (1, 2), (1.0, 2.0)}, frozenset([1, 2]) == {2, 1})
print({frozenset([1, 2]): "fs"}[frozenset([2, 1])])

class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, P) and o.x == self.x
    def __hash__(self):
        return hash(self.x)

print(len({P(1), P(1), P(2)}), P(2) in {P(2)})
for bad in ([1], {1: 2}, {3}):
    try:
        {bad}
    except TypeError as e:
        print("TypeError:", e)
try:
    set([[1]])
except TypeError as e:
    print("TypeError:", e)
try:
    {x for x in [[1]]}
except TypeError as e:
    print("TypeError:", e)
try:
    s.add([1])
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] in s)
except TypeError as e:
    print("TypeError:", e)
big = set(range(0, 100000, 3))
print(len(big), sum(1 for i in range(100000) if i in big), 99999 in big)
print(set(), set([]), len(set()))
fs = frozenset([3, 1])
print(fs, frozenset(), fs | {5}, type(fs).__name__, {fs: 1}[frozenset({1, 3})], {1} | fs)
# An item whose __hash__ reads the set it is added to.
grow = set()
class Grows:
    def __hash__(self):
        return len(grow)
grow.add(Grows())
grow.add(Grows())
print(len(grow))
