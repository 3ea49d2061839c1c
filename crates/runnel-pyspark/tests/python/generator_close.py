# A generator dropped while paused inside its body is closed as CPython closes it when
# its last reference goes (after a `break`, a rebinding, `del`, a function's return, a
# generator expression given to next()): its `finally` and `with` exits run.
def lines(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("closed", n)

def writer(path):
    with open(path, "w") as f:
        while True:
            line = yield
            f.write(line + "\n")

for x in lines(5):
    if x == 2:
        break
print("after break")
g = lines(3)
print(next(g))
g = None
print("after rebinding")
w = writer("out.txt")
next(w)
w.send("a")
w.send("b")
del w
print(open("out.txt").read().split())
def f():
    h = lines(7)
    next(h)
    return "f done"
print(f())
print(sum(1 for x in lines(4) if x > 0))
print(next(x for x in lines(6) if x > 1))
print("end")
