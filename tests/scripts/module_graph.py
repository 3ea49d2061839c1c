#!/usr/bin/env python3
"""The module graph of a crate, from its `use crate::...` / `crate::...` paths and `super::`
references: prints each module's dependencies and every import cycle between modules.

    module_graph.py crates/runnel-core/src [--depth 1] [--check]

`--depth 1` groups by top-level module (expr, logical, ops, exec, io, state, ...);
`--depth 2` by file (expr::bind, expr::functions, ...). With `--check` it exits 1 when
there is a cycle that is not listed in ALLOWED.
"""
import argparse
import os
import re
import sys

# Cycles that are part of the design, each with its reason.
ALLOWED = {
    # The DataFrame API layer, as in Spark: a DataFrame keeps its session
    # (Dataset.sparkSession), the session makes DataFrames (spark.read, spark.sql,
    # createDataFrame) and DataStreamWriter.start() registers queries with it. The table
    # catalog is in that layer too (Spark's SessionState.catalog): the session keeps its
    # tables, `spark.table` makes DataFrames of them, `saveAsTable`/`toTable` write them.
    frozenset({"logical::dataframe", "logical::readwrite", "logical::sql", "session"}),
    frozenset({"logical::catalog", "logical::dataframe", "logical::readwrite", "logical::sql", "session"}),
    frozenset({"logical", "session"}),
}


def module_of(root, path, depth):
    rel = os.path.relpath(path, root)[:-3].split(os.sep)
    if rel[-1] in ("mod", "lib"):
        rel = rel[:-1]
    return "::".join(rel[:depth]) if rel else "crate"


def deps(root, depth):
    graph = {}
    for d, _, files in os.walk(root):
        for f in files:
            if not f.endswith(".rs"):
                continue
            p = os.path.join(d, f)
            m = module_of(root, p, depth)
            text = open(p).read()
            text = re.sub(r"#\[cfg\(test\)\]\s*mod tests \{.*", "", text, flags=re.S)
            here = os.path.relpath(p, root)[:-3].split(os.sep)
            if here[-1] == "mod":
                here = here[:-1]
            targets = set()
            for path in re.findall(r"\bcrate::((?:[a-z_][a-z0-9_]*::)*[a-z_][a-z0-9_]*)", text):
                targets.add("::".join(path.split("::")[:depth]))
            for ups, rest in re.findall(r"\b((?:super::)+)([a-z_][a-z0-9_]*)", text):
                n = ups.count("super::")
                base = here[:-n] if n <= len(here) else []
                targets.add("::".join((base + [rest])[:depth]))
            known = set()
            for t in targets:
                if t and t != m and (os.path.exists(os.path.join(root, *t.split("::")) + ".rs")
                                     or os.path.isdir(os.path.join(root, *t.split("::")))):
                    known.add(t)
            graph.setdefault(m, set()).update(known)
    return graph


def cycles(graph):
    # Strongly connected components (Tarjan).
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = set()
            while True:
                w = stack.pop()
                on.discard(w)
                comp.add(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(comp)

    for v in list(graph):
        if v not in index:
            visit(v)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("--depth", type=int, default=1)
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    g = deps(a.root, a.depth)
    for m in sorted(g):
        print(f"{m} -> {', '.join(sorted(g[m])) or '(nothing)'}")
    bad = [c for c in cycles(g) if frozenset(c) not in ALLOWED]
    for c in cycles(g):
        print(f"cycle: {' <-> '.join(sorted(c))}{'' if frozenset(c) in ALLOWED else '  (not allowed)'}")
    print(f"module graph of {a.root} (depth {a.depth}): {len(g)} modules, {len(bad)} cycles not allowed")
    sys.exit(1 if a.check and bad else 0)


if __name__ == "__main__":
    main()
