#!/usr/bin/env python3
"""The function registry against PySpark itself: every name Runnel offers as
`pyspark.sql.functions.<name>` is in the installed pyspark 4.3's `functions.__all__`,
with the same parameters (read from pyspark's source with `ast`: pyspark's
dependencies are not installed, only its files are read); SQL-only names are not; and
the README's function table is the one `runnel functions` generates.

    functions_test.py --runnel target/debug/runnel [--venv DIR]

Prints how many of pyspark's names Runnel has; exits 1 on any difference.
"""
import argparse
import ast
import json
import os
import subprocess
import sys

from spark_examples_test import examples_dir


def pyspark_functions(venv):
    base = os.path.normpath(os.path.join(examples_dir(venv), "../../../../../.."))
    fdir = os.path.join(base, "sql", "functions")
    tree = ast.parse(open(os.path.join(fdir, "__init__.py")).read())
    names = None
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__all__" for t in node.targets):
            names = [e.value for e in node.value.elts]
    params = {}
    src = ast.parse(open(os.path.join(fdir, "builtin.py")).read())
    for node in src.body:
        if isinstance(node, ast.FunctionDef):
            a = node.args
            pos = a.posonlyargs + a.args
            n_req = len(pos) - len(a.defaults)
            out = [p.arg if i < n_req else p.arg + "=" for i, p in enumerate(pos)]
            if a.vararg:
                out.append("*" + a.vararg.arg)
            params[node.name] = ", ".join(out)
    return names, params


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runnel", required=True)
    ap.add_argument("--venv", default=os.path.expanduser(os.environ.get("RUNNEL_PYSPARK_VENV", "~/.cache/runnel-pyspark-venv")))
    args = ap.parse_args()
    all_names, params = pyspark_functions(args.venv)
    entries = [json.loads(line) for line in subprocess.run(
        [args.runnel, "functions", "--json"], capture_output=True, text=True, check=True).stdout.splitlines()]
    bad = []
    offered = set()
    for e in entries:
        n = e["name"]
        if e["pyspark"]:
            offered.add(n)
            if n not in all_names:
                bad.append(f"{n}: offered as pyspark.sql.functions.{n}, which pyspark 4.3 does not have")
            elif e["kind"] != "unsupported" and params.get(n) is not None and e["params"] != params[n]:
                bad.append(f"{n}: parameters {e['params']!r}, pyspark's are {params[n]!r}")
        elif n in all_names and e["kind"] != "operator":
            bad.append(f"{n}: pyspark has it, the registry says SQL only")
    table = subprocess.run([args.runnel, "functions"], capture_output=True, text=True, check=True).stdout
    readme = open(os.path.join(os.path.dirname(__file__), "..", "..", "README.md")).read()
    if table not in readme:
        bad.append("README.md: the function table differs from `runnel functions` (paste its output)")
    supported = {e["name"] for e in entries if e["pyspark"] and e["kind"] != "unsupported"}
    for b in bad:
        print("FAIL", b)
    print(f"functions: {len(supported)} of pyspark's {len(all_names)} names supported; "
          f"{len(offered)} offered names checked against pyspark 4.3: {'ok' if not bad else f'{len(bad)} differ'}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
