import sys, re; sys.path.insert(0, "/tmp/ssj")
from common import *
spark = session()
which = sys.argv[1]
base = fresh("e6"+which)
S = Src(base, "S")
SCH2 = StructType(SCHEMA.fields + [StructField("side", StringType())])
src = spark.readStream.schema(SCH2).json(S.dir)
l = src.filter("side = 'L'").select(F.col("k").alias("lk"), F.col("ts").alias("lt"), F.col("v").alias("lv")).withWatermark("lt", "10 minutes")
r = src.filter("side = 'R'").select(F.col("k").alias("rk"), F.col("ts").alias("rt"), F.col("v").alias("rv")).withWatermark("rt", "10 minutes")
rng = "lk = rk AND rt >= lt AND rt <= lt + interval 10 minutes"
mode = "append"
if which == "join_agg":
    df = l.join(r, F.expr(rng), "inner").groupBy(F.window("lt", "30 minutes")).agg(F.count("*").alias("c"))
elif which == "join_agg_update":
    mode = "update"
    df = l.join(r, F.expr(rng), "inner").groupBy(F.window("lt", "30 minutes")).agg(F.count("*").alias("c"))
elif which == "agg_agg":
    a1 = l.groupBy(F.window("lt", "10 minutes").alias("w")).agg(F.count("*").alias("c1"))
    df = a1.groupBy(F.window(F.window_time("w"), "1 hour").alias("w2")).agg(F.sum("c1").alias("s"))
elif which == "dedup_agg":
    df = l.dropDuplicates(["lk", "lt"]).groupBy(F.window("lt", "30 minutes")).agg(F.count("*").alias("c"))
elif which == "winjoin":
    lw_ = l.select("lk", F.window("lt", "30 minutes").alias("w"), "lv")
    rw_ = r.select("rk", F.window("rt", "30 minutes").alias("w2"), "rv")
    df = lw_.join(rw_, F.expr("lk = rk AND w = w2"), "left_outer")
q = df.writeStream.format("memory").queryName("q"+which).outputMode(mode).option("checkpointLocation", base+"/ck").start()
seen = 0
T = lambda hm: "2024-01-01T%s:00Z" % hm
def step(label, rows):
    global seen
    if rows: S.add(rows)
    q.processAllAvailable()
    out = [tuple(x) for x in spark.sql("select * from q"+which).collect()]
    print("----", label, "batches:", [(p["batchId"], p["numInputRows"], p.get("eventTime",{}).get("watermark")) for p in q.recentProgress if p["batchId"] >= step.lb])
    step.lb = q.lastProgress["batchId"] + 1
    for x in out[seen:]: print("   OUT", x)
    seen = len(out)
    plan = q._jsq.explainInternal(False)
    for line in plan.splitlines():
        m = None
        if "StreamingSymmetricHashJoin" in line:
            m = re.search(r"stateStoreCkptIds = \w+, (\w+), (\w+), (state cleanup \[.*?\])", line)
            print("   JOIN late/evict:", line[line.find("stateStoreCkptIds"):][:600])
        elif "StateStoreSave" in line or "Deduplicate" in line:
            print("   OP:", re.sub(r"state info \[.*?\] stateStoreCkptIds = \w+,", "", line.strip())[:300])
step.lb = 0
step("A", [dict(k="a", ts=T("12:00"), v=1, side="L"), dict(k="a", ts=T("12:05"), v=1, side="R"), dict(k="b", ts=T("12:20"), v=1, side="L"), dict(k="b", ts=T("12:25"), v=1, side="R")])
step("B", [dict(k="c", ts=T("13:30"), v=1, side="L"), dict(k="c", ts=T("13:31"), v=1, side="R")])
step("C", [dict(k="d", ts=T("15:00"), v=1, side="L"), dict(k="d", ts=T("15:01"), v=1, side="R")])
q.stop()
