import sys; sys.path.insert(0, "/tmp/ssj")
from common import *
spark = session()
print("alwaysNullableOutput =", spark.conf.get("spark.sql.streaming.statefulOperator.alwaysNullableOutput.enabled"))
base = fresh("e2")
L = Src(base, "imp"); R = Src(base, "clk")
imp = spark.readStream.schema(SCHEMA).json(L.dir).select(F.col("k").alias("ik"), F.col("ts").alias("it"), F.col("v").alias("iv")).withWatermark("it", "2 hours")
clk = spark.readStream.schema(SCHEMA).json(R.dir).select(F.col("k").alias("ck"), F.col("ts").alias("ct"), F.col("v").alias("cv")).withWatermark("ct", "3 hours")
jt = sys.argv[1] if len(sys.argv) > 1 else "left_outer"
cond = sys.argv[2] if len(sys.argv) > 2 else "ik = ck AND ct >= it AND ct <= it + interval 1 hour"
df = imp.join(clk, F.expr(cond), jt)
q = df.writeStream.format("memory").queryName("e2").outputMode("append").option("checkpointLocation", base+"/ck").start()
def step(label):
    q.processAllAvailable()
    print("----", label)
    for p in q.recentProgress[-3:]:
        so = p.get("stateOperators", [])
        print(" batch", p["batchId"], "numInputRows", p["numInputRows"], "eventTime", p.get("eventTime"))
        for s in so:
            print("   op", {k: s.get(k) for k in ["operatorName","numRowsTotal","numRowsUpdated","numRowsRemoved","numRowsDroppedByWatermark","numShufflePartitions","numStateStoreInstances"]})
L.add([{"k":"a","ts":"2024-01-01T12:00:00Z","v":1}]); R.add([{"k":"b","ts":"2024-01-01T12:00:00Z","v":1}])
step("after batch0")
import re
plan = q._jsq.explainInternal(False)
for line in plan.splitlines():
    if "StreamingSymmetricHashJoin" in line or "state cleanup" in line or "EventTimeWatermark" in line:
        print("PLAN:", line.strip()[:900])
print("ROWS", [tuple(r) for r in spark.sql("select * from e2").collect()])
q.stop()
