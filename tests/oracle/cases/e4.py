import sys; sys.path.insert(0, "/tmp/ssj")
from common import *
spark = session()
base = fresh("e4")
def rate():
    return spark.readStream.format("rate").option("rowsPerSecond", 1).load()
l = rate().select((F.col("value") % 10).alias("k"), F.col("timestamp").alias("lt"), F.col("value").alias("lv"))
r = rate().select((F.col("value") % 10).alias("k"), F.col("timestamp").alias("rt"), F.col("value").alias("rv"))
lw = l.withWatermark("lt", "10 minutes"); rw = r.withWatermark("rt", "10 minutes")
rng_using = "rt >= lt AND rt <= lt + interval 10 minutes"
cases = [
 ("inner_expr", lambda: l.alias("L").join(r.alias("R"), F.col("L.k") == F.col("R.k"), "inner")),
 ("inner_using", lambda: l.join(r, "k")),
 ("inner_using_list", lambda: l.join(r, on=["k"], how="inner")),
 ("lo_using", lambda: lw.join(rw, "k", "left_outer").where(F.expr(rng_using))),
 ("fo_using_cond", lambda: lw.join(rw, ["k"], "full_outer")),
 ("ro_using", lambda: lw.join(rw, ["k"], "right_outer")),
 ("semi_using", lambda: lw.join(rw, ["k"], "left_semi")),
]
for name, mk in cases:
    try:
        df = mk()
        print("==", name, "LOGICAL:", [(f.name, f.dataType.simpleString(), f.nullable) for f in df.schema.fields])
        print("   analyzed project:", [l for l in df._jdf.queryExecution().analyzed().toString().splitlines()][:2])
    except Exception as e:
        print("==", name, "ERR", str(e).splitlines()[0][:300])
# sink-side nullability for inner join (physical output widened?)
df = l.alias("L").join(r.alias("R"), F.col("L.k") == F.col("R.k"), "inner")
q = df.writeStream.format("memory").queryName("inn").outputMode("append").option("checkpointLocation", base+"/ck1").start()
import time; time.sleep(6); q.processAllAvailable()
print("SINK inner schema:", [(f.name, f.nullable) for f in spark.table("inn").schema.fields])
q.stop()
