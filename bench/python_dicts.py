# The runner's dicts and sets at N keys (default 100,000): `runnel submit bench/python_dicts.py [N]`
# (or `python3 bench/python_dicts.py [N]` for CPython's figures). Prints seconds per step.
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000


def step(name, f):
    t = time.perf_counter()
    r = f()
    print(f"{name}: {time.perf_counter() - t:.3f} s ({r})")


def build_zip():
    return len(dict(zip(range(N), range(N))))


def insert_loop():
    d = {}
    for i in range(N):
        d[i] = i
    return len(d)


def str_keys():
    d = {}
    for i in range(N):
        d["k" + str(i)] = i
    return sum(1 for i in range(N) if ("k" + str(i)) in d)


d = {i: i for i in range(N)}


def lookups():
    s = 0
    for i in range(N):
        s += d[i]
    return s


def membership():
    return sum(1 for i in range(2 * N) if i in d)


def deletes():
    e = dict(d)
    for i in range(0, N, 2):
        del e[i]
    return len(e)


def set_ops():
    s = set()
    for i in range(N):
        s.add(i % 50_000)
    return sum(1 for i in range(N) if i in s)


step(f"dict(zip(range({N}), ...))", build_zip)
step(f"d[i] = i, {N}", insert_loop)
step(f"str keys: {N} inserts + {N} `in`", str_keys)
step(f"d[i], {N} lookups", lookups)
step(f"i in d, {2 * N}", membership)
step(f"del e[i], {N // 2}", deletes)
step(f"set: {N} add + {N} `in`", set_ops)
