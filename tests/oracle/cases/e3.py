import sys; sys.path.insert(0, "/tmp/ssj")
from common import *
spark = session()
which = sys.argv[1]
base = fresh("e3"+which)
S = Src(base, "S")
SCH2 = StructType(SCHEMA.fields + [StructField("side", StringType())])
src = spark.readStream.schema(SCH2).json(S.dir)
l = src.filter("side = 'L'").select(F.col("k").alias("lk"), F.col("ts").alias("lt"), F.col("v").alias("lv")).withWatermark("lt", "10 minutes")
r = src.filter("side = 'R'").select(F.col("k").alias("rk"), F.col("ts").alias("rt"), F.col("v").alias("rv")).withWatermark("rt", "10 minutes")
class _P:
    def __init__(s, side): s.side = side; s.buf = []
    def add(s, rows): s.buf += [dict(x, side=s.side) for x in rows]
L = _P("L"); R = _P("R")

rng = "lk = rk AND rt >= lt AND rt <= lt + interval 10 minutes"
if which == "lo":
    df = l.join(r, F.expr(rng + " AND lv > 0 AND rv > 0"), "left_outer")
elif which == "ro":
    df = l.join(r, F.expr(rng + " AND lv > 0 AND rv > 0"), "right_outer")
elif which == "fo":
    df = l.join(r, F.expr(rng), "full_outer")
elif which == "fo_f":
    df = l.join(r, F.expr(rng + " AND lv > 0 AND rv > 0"), "full_outer")
elif which == "lo3":
    df = l.join(r, F.expr(rng), "left_outer")
elif which == "ro3":
    df = l.join(r, F.expr(rng), "right_outer")
elif which == "semi3":
    df = l.join(r, F.expr(rng), "left_semi")
elif which == "lo2":
    df = l.join(r, F.expr(rng + " AND lv + rv > 0"), "left_outer")
elif which == "ro2":
    df = l.join(r, F.expr(rng + " AND lv + rv > 0"), "right_outer")
elif which == "fo2":
    df = l.join(r, F.expr(rng + " AND lv + rv > 0"), "full_outer")
elif which == "semi":
    df = l.join(r, F.expr(rng), "left_semi")
elif which == "inner":
    df = l.join(r, F.expr(rng), "inner")
print("SCHEMA", df.schema.simpleString())
q = df.writeStream.format("memory").queryName("q"+which).outputMode("append").option("checkpointLocation", base+"/ck").start()
seen = 0
def step(label):
    global seen
    if L.buf or R.buf:
        S.add(L.buf + R.buf); L.buf.clear(); R.buf.clear()
    q.processAllAvailable()
    rows = [tuple(x) for x in spark.sql("select * from q"+which).collect()]
    print("----", label)
    for p in q.recentProgress:
        if p["batchId"] < step.lastb: continue
        so = p.get("stateOperators", [])
        s = so[0] if so else {}
        print(" batch", p["batchId"], "in", p["numInputRows"], "wm", p.get("eventTime",{}).get("watermark"), {k: s.get(k) for k in ["numRowsTotal","numRowsUpdated","numRowsRemoved","numRowsDroppedByWatermark"]})
    step.lastb = q.lastProgress["batchId"] + 1 if q.lastProgress else 0
    for x in rows[seen:]: print("   OUT", x)
    seen = len(rows)
step.lastb = 0
T = lambda hm: "2024-01-01T%s:00Z" % hm
if which in ("lo", "ro", "fo_f", "lo2", "ro2", "fo2"):
    L.add([{"k":"a","ts":T("12:00"),"v":1},{"k":"z","ts":T("12:00"),"v":-1},{"k":"n","ts":T("12:00"),"v":1}])
    R.add([{"k":"a","ts":T("12:05"),"v":1},{"k":"a","ts":T("12:06"),"v":-1},{"k":"m","ts":T("12:00"),"v":1}])
    step("A")
    L.add([{"k":"x","ts":T("13:00"),"v":1},{"k":"late","ts":T("11:30"),"v":1}])
    R.add([{"k":"y","ts":T("13:00"),"v":1},{"k":"late","ts":T("11:35"),"v":1}])
    step("B")
elif which == "fo":
    L.add([{"k":None,"ts":T("12:00"),"v":1},{"k":"a","ts":T("12:00"),"v":2}])
    R.add([{"k":None,"ts":T("12:05"),"v":1},{"k":"a","ts":T("12:01"),"v":2},{"k":"a","ts":T("12:02"),"v":3}])
    step("A")
    L.add([{"k":"x","ts":T("13:00"),"v":1}]); R.add([{"k":"y","ts":T("13:00"),"v":1}])
    step("B")
elif which == "semi":
    L.add([{"k":"s","ts":T("12:00"),"v":1},{"k":"t","ts":T("12:00"),"v":2},{"k":"u","ts":T("12:00"),"v":3}])
    R.add([{"k":"s","ts":T("12:02"),"v":1},{"k":"s","ts":T("12:03"),"v":2}])
    step("A")
    R.add([{"k":"t","ts":T("12:01"),"v":1},{"k":"t","ts":T("12:02"),"v":2},{"k":"s","ts":T("12:04"),"v":3}])
    step("B")
    L.add([{"k":"x","ts":T("13:00"),"v":1}]); R.add([{"k":"y","ts":T("13:00"),"v":1}])
    step("C")
elif which in ("inner", "lo3", "semi3", "ro3"):
    L.add([{"k":None,"ts":T("12:00"),"v":1},{"k":"a","ts":T("12:00"),"v":2}])
    R.add([{"k":None,"ts":T("12:05"),"v":1},{"k":"a","ts":T("12:01"),"v":2}])
    step("A")
    L.add([{"k":"x","ts":T("13:00"),"v":1}]); R.add([{"k":"y","ts":T("13:00"),"v":1}])
    step("B")
plan = q._jsq.explainInternal(False)
for line in plan.splitlines():
    if "StreamingSymmetricHashJoin" in line or "Filter" in line or len(sys.argv) > 2:
        print("PLAN:", line.strip()[:700])
q.stop()
