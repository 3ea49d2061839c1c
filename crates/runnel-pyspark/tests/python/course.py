# What course scripts write beyond PySpark: dict merge (| and |=), OrderedDict.move_to_end,
# Counter arithmetic, zip(strict=True), str.format_map/casefold/rpartition/expandtabs/
# translate/maketrans, math.comb/perm, string.capwords/Template, in-place += |= -= of
# lists, dicts and sets (what else holds them sees it), and much the runner had already.
import collections, itertools, functools, json, math, statistics, heapq, operator, re, string
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple
from datetime import datetime, date, timedelta

d = {"b": 2, "a": 1}
e = {"c": 3, "a": 10}
print(d | e, {**d, **e})
d |= {"z": 26}
print(d, list(reversed(d)))
print(sorted(d.items(), key=lambda kv: kv[1], reverse=True))
od = OrderedDict([("x", 1), ("y", 2), ("z", 3)])
od.move_to_end("x")
print(list(od), od.popitem(last=False))
print(dict(sorted(Counter("mississippi").items())), Counter("aab") + Counter("b"), Counter("aab") - Counter("a"))
words = "the cat and the hat and the bat".split()
for k, g in itertools.groupby(sorted(words)):
    print(k, len(list(g)), end="; ")
print()
print(functools.reduce(operator.add, range(10)), list(itertools.accumulate([1, 2, 3])), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.combinations("abc", 2)), list(itertools.product([0, 1], repeat=2))[:3], list(itertools.islice(itertools.count(5), 3)))
print(list(zip("ab", [1, 2], strict=True)), list(enumerate("xy", start=1)), [*map(str.upper, "ab")])
x = 42
print(f"{x=}", f"{x:>6}|{x:<6}|{x:^6}|{x:06.2f}|{x:,}|{1234567:_}|{x:#x}|{x:b}")
print("{name} is {age}".format_map({"name": "Ann", "age": 30}), "%-5s|%5.1f" % ("ab", 3.14159))
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), round(statistics.stdev([1, 2, 3, 4]), 4))
print(heapq.nlargest(2, [5, 1, 9, 3]), heapq.nsmallest(2, {"a": 3, "b": 1, "c": 2}.items(), key=lambda kv: kv[1]))
print(math.isclose(0.1 + 0.2, 0.3), math.gcd(12, 18), math.prod([1, 2, 3, 4]), math.comb(5, 2), math.floor(-2.5))
print(json.dumps({"b": [1, 2], "a": None}, indent=2, sort_keys=True))
print(json.loads('{"x": [1, 2.5, true, null]}'))
s = "Hello, World"
print(s.casefold(), s.swapcase(), s.partition(", "), s.rpartition("o"), s.zfill(15), s.center(16, "*"), s.expandtabs())
print(s.removeprefix("Hello"), s.removesuffix("World"), s.isidentifier(), "a1".isalnum(), s.translate(str.maketrans("lo", "01")))
print(re.sub(r"(\w+), (\w+)", r"\2 \1", s), re.findall(r"[A-Z]", s), re.split(r"\W+", s))
dq = deque([1, 2, 3], maxlen=3)
dq.append(4)
dq.appendleft(0)
dq.rotate(1)
print(dq, list(dq))
Pt = namedtuple("Pt", ["x", "y"], defaults=[0])
print(Pt(1), Pt(1, 2)._replace(x=5), Pt._fields)
dd = defaultdict(lambda: "n/a")
print(dd["q"], dict(dd))
print(datetime.strptime("2024-05-06 07:08", "%Y-%m-%d %H:%M") + timedelta(days=1, hours=2))
print(date(2024, 2, 28) + timedelta(days=2), (date(2024, 3, 1) - date(2024, 1, 1)).days, date.fromisoformat("2024-03-01").isoformat())
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], sum(matrix, []), max(matrix, key=sum), min(3, 1, 2), divmod(-7, 2), pow(2, 10, 1000))
print(sorted(["b", "A", "c"], key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")]), any(x > 2 for x in [1, 3]), all([]))
if (n := len(words)) > 5:
    print("many", n)
try:
    1 / 0
except ZeroDivisionError as ex:
    print("caught", type(ex).__name__, ex)
else:
    print("no")
finally:
    print("done")


class Account:
    __slots__ = ("owner", "_balance")

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError("negative")
        self._balance = v

    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"

    def __lt__(self, o):
        return self._balance < o._balance


accts = [Account("a", 5), Account("b", 2)]
accts[0].balance = 7
print(sorted(accts), min(accts), accts[0].balance)
try:
    accts[1].balance = -1
except ValueError as ex:
    print("ValueError", ex)
print(string.capwords("hello there world"), string.Template("$who likes $what").substitute(who="tim", what="kung pao"))
print(sum(x * x for x in range(5)), [y for x in [[1, 2], [3]] for y in x], {k: v for k, v in zip("ab", range(2))})
print(list(filter(None, [0, 1, "", "a"])), list(map(lambda a, b: a + b, [1, 2], [3, 4])), isinstance(True, int))
print(int("ff", 16), bin(10), hex(255), oct(8), float("1e3"), round(2.675, 2), round(2.5), abs(-3.5), chr(65), ord("a"))
print(frozenset({1, 2}) | {3}, {1, 2}.isdisjoint({3}), [1, 2, 3][::-1], "abc"[::-1], list(range(10, 0, -3)))
t = string.Template("${item}s cost $$$price, $missing")
print(t.safe_substitute(item="apple", price=3), t.safe_substitute({"item": "pear"}, price=4))
try:
    t.substitute(item="x", price=1)
except KeyError as ex:
    print("KeyError", ex)
a = b = [1]
a += (2, 3)
m = n = {"k": 1}
m |= {"j": 2}
s1 = s2 = {1, 2}
s1 |= {3}
s1 -= {1}
print(b, n, s2, a is b)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as ex:
    print("ValueError", ex)
try:
    list(zip([1], [1], [1, 2], strict=True))
except ValueError as ex:
    print("ValueError", ex)
print("a-b_c".translate(str.maketrans("-", " ", "_")), "hello".translate({ord("l"): None, 104: "J"}))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2), math.perm(5, 2), math.comb(50, 25))
print("\tx\ty".expandtabs(4), "ABC".casefold(), "x".rpartition(","), "_a1".isidentifier(), "1a".isidentifier())
print("ΣΑΣ ΟΔΟΣ".casefold(), "Straße".casefold())
