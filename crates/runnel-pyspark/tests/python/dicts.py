# Dicts as CPython's: one key for 1, 1.0 and True; insertion order through deletes;
# keys of the script's classes by __hash__/__eq__; unhashable keys refused.
import collections
from dataclasses import dataclass
from collections import namedtuple

d = {1: "a"}
d[1.0] = "b"
d[True] = "c"
print(d, len(d), 1 in d, 1.0 in d, True in d, 2 in d)
d = {0: "zero", False: "f", 0.0: "z"}
print(d)
d = {2**64: "big"}
print(2.0**64 in d, d[2.0**64])

d = {}
for i in range(10):
    d[i] = i * i
for i in range(0, 10, 3):
    del d[i]
d[0] = "back"
print(d, list(d), len(d))
print(d.pop(4), d.pop(99, "missing"), d.popitem(), d)
for i in range(100):
    d["k%d" % i] = i
for i in range(100):
    if i % 7:
        del d["k%d" % i]
print(list(d.items())[:8], len(d))
print(d.get("k7"), d.get("k8"), d.get("k8", -1), "k14" in d)
print(d.setdefault("k14", 0), d.setdefault("new", 5), list(d)[-1])

t = {(1, 2): "pair", (1, (2, 3)): "nested", None: "none", "s": "str"}
print(t[(1, 2)], t[1, (2, 3)], t[None], t[(1.0, 2.0)])

class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f"Key({self.k})"

m = {Key(1): "one", Key(2): "two"}
m[Key(1)] = "uno"
print(m, Key(2) in m, Key(3) in m, m[Key(2)])
print(len({Key(i % 3) for i in range(10)}))

class Plain:
    pass

p, q = Plain(), Plain()
ids = {p: 1, q: 2}
print(ids[p], ids[q], len(ids))

class EqOnly:
    def __eq__(self, o):
        return True

for bad in ([1], {"a": 1}, EqOnly()):
    try:
        {bad: 1}
    except TypeError as e:
        print("TypeError:", e)
try:
    d[[1, 2]] = 3
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] in d)
except TypeError as e:
    print("TypeError:", e)
try:
    dict([([1], 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)

@dataclass(frozen=True)
class Frozen:
    x: int
    y: str

@dataclass
class Mutable:
    x: int

f = {Frozen(1, "a"): "fa"}
print(f[Frozen(1, "a")], Frozen(1, "b") in f)
try:
    {Mutable(1): 1}
except TypeError as e:
    print("TypeError:", e)

P = namedtuple("P", "x y")
pts = {P(1, 2): "p"}
print(pts[P(1, 2)], P(2, 1) in pts)

c = collections.Counter("abracadabra")
print(c.most_common(3), c["z"])
c.update("zz")
print(c["z"], c["a"])
dd = collections.defaultdict(list)
for w in ["apple", "avocado", "banana", "cherry", "blueberry"]:
    dd[w[0]].append(w)
print(dict(dd))
print(dict.fromkeys([3, 1, 3.0, 2], 0))
print({**{1: "a", 2: "b"}, 1.0: "c"})
print({k % 3: k for k in range(10)})
e1 = {1: "a", 2: "b"}
e2 = {2: "b", 1.0: "a"}
print(e1 == e2, e1 != {1: "a"})
big = dict(zip(range(50000), range(50000)))
for i in range(0, 50000, 2):
    del big[i]
print(len(big), list(big)[:3], big[49999], sum(big.values()))
u = {"a": 1}
u.update({"b": 2}, c=3)
u.update([("a", 10)])
print(u)
