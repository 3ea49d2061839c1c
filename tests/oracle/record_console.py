#!/usr/bin/env python3
"""Records a case's `console.txt` with real Spark: what PySpark 4.3 prints for the case's
query with the console sink (`printSchema()`, then one block per micro-batch), the step
files placed as `run_spark.py` places them. One case per run, in a fresh session, so a
`spark.conf.set` in query.py (a session time zone) reaches no other case:

    cd /tmp && /work/pyspark-venv/bin/python tests/oracle/record_console.py CASE_DIR

writes CASE_DIR/console.txt. The console sink prints from the JVM to this process's
standard output, so the script runs itself again with its output sent to the file.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

os.environ["TZ"] = "UTC"
time.tzset()


def record(case):
    from pyspark.sql import SparkSession

    spark = (SparkSession.builder.master("local[2]").appName("oracle-console")
             .config("spark.sql.session.timeZone", "UTC")
             .config("spark.sql.shuffle.partitions", "2")
             .config("spark.driver.extraJavaOptions", "-Duser.timezone=UTC")
             .config("spark.ui.enabled", "false")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    work = tempfile.mkdtemp(prefix="oracle-console-")
    inp = os.path.join(work, "input")
    os.makedirs(inp)
    steps_dir = os.path.join(case, "steps")
    steps = sorted(os.listdir(steps_dir))
    clock = [1_700_000_000]

    def place(step):
        for f in sorted(os.listdir(os.path.join(steps_dir, step))):
            tmp = os.path.join(work, "tmp-" + f)
            shutil.copy(os.path.join(steps_dir, step, f), tmp)
            clock[0] += 1
            os.utime(tmp, (clock[0], clock[0]))
            os.rename(tmp, os.path.join(inp, step + "-" + f))

    place(steps[0])
    g = {"spark": spark, "INPUT": inp, "__name__": "__case__"}
    exec(compile(open(os.path.join(case, "query.py")).read(), "query.py", "exec"), g)
    result = g["result"]
    result.printSchema()
    sys.stdout.flush()
    q = (result.writeStream.outputMode(g["OUTPUT_MODE"]).format("console")
         .option("checkpointLocation", os.path.join(work, "ckpt")).start())
    for i, step in enumerate(steps):
        if i > 0:
            place(step)
        q.processAllAvailable()
    q.stop()
    spark.stop()
    shutil.rmtree(work, ignore_errors=True)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--here":
        record(sys.argv[2])
        return
    for case in sys.argv[1:]:
        with open(os.path.join(case, "console.txt"), "w") as out:
            subprocess.run([sys.executable, __file__, "--here", case], stdout=out, check=True)
        print(f"{os.path.basename(case.rstrip('/'))}: console.txt", flush=True)


if __name__ == "__main__":
    main()
