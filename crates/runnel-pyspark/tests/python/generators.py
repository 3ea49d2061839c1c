import itertools  # The expected output (generators.out) is what CPython 3.11 prints.
from contextlib import contextmanager

def naturals():
    n = 0
    while True:
        yield n
        n += 1

print(list(itertools.islice(naturals(), 5)))
g = naturals()
print(next(g), next(g), next(g))
for x in g:
    if x > 6:
        break
print(next(g))
print(list(zip(naturals(), "abc")))

def log_gen(items):
    print("start")
    for i in items:
        print("before", i)
        yield i * 10
        print("after", i)
    print("end")

g = log_gen([1, 2])
print("made")
print(next(g))
print("between")
print(list(g))

def echo():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

e = echo()
next(e)
print(e.send(5), e.send(7))
try:
    e.send(None)
except StopIteration as s:
    print("stopped", s.value if hasattr(s, "value") else s)

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("b") as t:
    print("inside", t)

try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as ex:
    print("caught", ex)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as k:
        print("swallowed", k)

with swallow():
    {}["missing"]
print("after swallow")

def inner():
    yield 1
    yield 2
    return "r"

def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3

print(list(outer()))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print([x for _, x in zip(range(10), fib())])
print(sum(itertools.takewhile(lambda v: v < 100, fib())))

def tryer():
    try:
        yield 1
        raise KeyError("k")
    except KeyError:
        yield 2
    else:
        yield "no"
    finally:
        yield 3
    yield 4

print(list(tryer()))

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

c = closer()
print(next(c))
c.close()
print("closed")

def counter(n):
    for i in range(n):
        if i % 2:
            continue
        yield i
    else:
        yield "done"

print(list(counter(5)))
gen = (i * i for i in range(4))
print(type(gen).__name__, list(gen), list(gen))
print(type(naturals()).__name__)

def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as v:
    print("ValueError", v)

def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as r:
    print("RuntimeError", r)

def wl():
    i = 0
    while i < 3:
        yield i
        i += 1
    else:
        yield "else"
print(list(wl()))

def thrower():
    while True:
        try:
            yield "ok"
        except ValueError:
            yield "handled"
t = thrower()
print(next(t), t.throw(ValueError("x")), next(t))

class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k

t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), [v * 2 for v in t], 3 in list(t))

@contextmanager
def opened(log):
    log.append("open")
    yield log
    log.append("close")

def first_in(log):
    with opened(log) as l:
        for x in range(10):
            if x == 2:
                return x
    return None

log = []
print(first_in(log), log)

def pairs(d):
    for k, v in sorted(d.items()):
        yield k, v

print(dict(pairs({"b": 2, "a": 1})), max(pairs({"x": 0, "y": 9})))

def chunks(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield buf
            buf = []
    if buf:
        yield buf

print(list(chunks(itertools.islice(naturals(), 7), 3)))
print(list(map(lambda v: v + 1, itertools.islice(fib(), 5))), sorted(chunks(range(5), 2), reverse=True))
print(list(enumerate(itertools.islice(naturals(), 2, 4))), any(v > 10 for v in naturals()))

def announce():
    print("running")
    yield 1

a = announce()
print("not yet")
print(next(iter(a)))
print(next(a, "exhausted"))

def annotated():
    x: int = yield 1
    print("got", x)

an = annotated()
next(an)
try:
    an.send(42)
except StopIteration:
    print("done")
