import sys, re; sys.path.insert(0, "/tmp/ssj")
from common import *
spark = session()
SCH2 = StructType(SCHEMA.fields + [StructField("side", StringType())])
conds = [
 ("inner", "lk = rk AND rt BETWEEN lt AND lt + interval 10 minutes"),
 ("inner", "lk = rk AND rt > lt AND rt < lt + interval 10 minutes"),
 ("inner", "lk = rk AND lt > rt - interval 10 minutes AND lt <= rt"),
 ("inner", "lk = rk AND rt >= lt + interval 1 minute AND rt <= lt + interval 10 minutes AND rt <= lt + interval 20 minutes"),
 ("inner", "lk = rk AND rt <= lt + interval 1 month"),
 ("inner", "lk = rk AND lv > 5 AND rt >= lt AND rt <= lt + interval 10 minutes"),
 ("inner", "lk = rk AND unix_timestamp(rt) <= unix_timestamp(lt) + 600"),
 ("inner", "lk = rk AND cast(rt as long) <= cast(lt as long) + 600 AND rt >= lt"),
 ("left_outer", "lk = rk AND lv > 0"),
 ("left_outer", "lk = rk AND rt <= lt + interval 1 month"),
]
for jt, c in conds:
    base = fresh("e8")
    S = Src(base, "S")
    src = spark.readStream.schema(SCH2).json(S.dir)
    l = src.filter("side = 'L'").select(F.col("k").alias("lk"), F.col("ts").alias("lt"), F.col("v").alias("lv")).withWatermark("lt", "10 minutes")
    r = src.filter("side = 'R'").select(F.col("k").alias("rk"), F.col("ts").alias("rt"), F.col("v").alias("rv")).withWatermark("rt", "10 minutes")
    try:
        q = l.join(r, F.expr(c), jt).writeStream.format("memory").queryName("q8").outputMode("append").option("checkpointLocation", base+"/ck").start()
    except Exception as e:
        print("==", jt, c, "\n   REFUSED:", str(e).splitlines()[0][:300]); continue
    S.add([dict(k="a", ts="2024-01-01T12:00:00Z", v=1, side="L"), dict(k="a", ts="2024-01-01T12:00:00Z", v=1, side="R")])
    q.processAllAvailable()
    plan = q._jsq.explainInternal(False)
    line = [x for x in plan.splitlines() if "StreamingSymmetricHashJoin" in x][0]
    print("==", jt, c, "\n  ", re.search(r"stateStoreCkptIds = \w+, (.*)", line).group(1)[:400])
    q.stop()
print("W=11:50 => ms", 1704109800000)
