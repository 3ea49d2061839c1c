#!/usr/bin/env python3
"""Writes crates/runnel-core/src/error/sql_states.rs: Spark's SQLSTATE of every error
condition Runnel's sources name, from the error-conditions.json inside pyspark 4.3's
spark-common-utils jar.

    sql_states.py PYSPARK_DIR     (e.g. /work/pyspark-venv/lib/python3.11/site-packages/pyspark)
"""
import glob
import json
import re
import subprocess
import sys
import zipfile

pyspark = sys.argv[1]
jar = glob.glob(f"{pyspark}/jars/spark-common-utils_*.jar")[0]
conds = json.loads(zipfile.ZipFile(jar).read("error/error-conditions.json"))
src = subprocess.run(["grep", "-rhoE", r'"[A-Z][A-Z0-9_]{3,}(\.[A-Z0-9_]+)*"',
                      "crates/runnel-core/src", "crates/runnel-pyspark/src", "crates/runnel-connect/src"],
                     capture_output=True, text=True).stdout
used = {m.strip('"').split(".")[0] for m in src.split()}
rows = sorted((h, conds[h]["sqlState"]) for h in used if h in conds and "sqlState" in conds[h])
out = ["//! Spark's SQLSTATE for each error condition Runnel raises (generated from Spark 4.3's",
       "//! error-conditions.json by tests/scripts/sql_states.py; sorted for a binary search).",
       "", "/// (condition, SQLSTATE), sorted by condition.",
       "pub(super) const SQL_STATES: &[(&str, &str)] = &["]
out += [f'    ("{h}", "{s}"),' for h, s in rows]
out += ["];", ""]
open("crates/runnel-core/src/error/sql_states.rs", "w").write("\n".join(out))
print(f"{len(rows)} conditions")
