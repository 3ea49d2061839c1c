"""The reference compare.py of ../shared/spark-oracle over every case oracle-check wrote.

    python3 tests/scripts/compare_all.py COMPARE_PY OUT_DIR CASE_ROOT...

OUT_DIR holds one folder per case with its `actual.json` (`runnel oracle-check --out`);
each case's `expected.json` is looked up in the CASE_ROOTs in order. compare.py's own
`compare(exp, act, ordered)` decides, as its command line does (`ordered` from the
expected file), in one process instead of one Python start per case. Prints each
disagreement and a last line; exits 1 if any case disagrees or has no expected output.
"""

import importlib.util
import json
import sys
from pathlib import Path


def main() -> int:
    compare_py, out, roots = Path(sys.argv[1]), Path(sys.argv[2]), [Path(r) for r in sys.argv[3:]]
    spec = importlib.util.spec_from_file_location("oracle_compare", compare_py)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    disagree = 0
    cases = sorted(d for d in out.iterdir() if d.is_dir())
    for d in cases:
        exp_path = next((r / d.name / "expected.json" for r in roots if (r / d.name / "expected.json").is_file()), None)
        if exp_path is None:
            print(f"compare.py: {d.name}: no expected.json in {', '.join(map(str, roots))}")
            disagree += 1
            continue
        try:
            exp = json.loads(exp_path.read_text())
            act = json.loads((d / "actual.json").read_text())
            diff = mod.compare(exp, act, bool(exp.get("ordered")))
        except Exception as e:  # a missing or unreadable actual.json, or compare.py failing on it
            diff = f"{type(e).__name__}: {e}"
        if diff is not None:
            print(f"compare.py: {d.name}: FAIL: {diff}")
            disagree += 1
    if disagree:
        print(f"compare.py: {disagree} of {len(cases)} cases disagree")
        return 1
    print(f"compare.py: all cases PASS ({len(cases)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
