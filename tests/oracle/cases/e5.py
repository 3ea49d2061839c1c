import sys; sys.path.insert(0, "/tmp/ssj")
from common import *
spark = session()
base = fresh("e5")
def rate():
    return spark.readStream.format("rate").option("rowsPerSecond", 1).load()
print("rate schema", [(f.name, f.nullable) for f in rate().schema.fields])
for v in ["true", "false"]:
    spark.conf.set("spark.sql.streaming.statefulOperator.alwaysNullableOutput.enabled", v)
    l = rate().select((F.col("value") % 10).alias("k"), F.col("timestamp").alias("lt"))
    r = rate().select((F.col("value") % 10).alias("k2"), F.col("timestamp").alias("rt"))
    for jt in ["inner", "left_outer", "full_outer"]:
        df = l.withWatermark("lt","1 minute").join(r.withWatermark("rt","1 minute"), F.expr("k = k2 AND rt >= lt AND rt <= lt + interval 1 minute"), jt)
        print("alwaysNullable", v, jt, [(f.name, f.nullable) for f in df.schema.fields])
    g = l.withWatermark("lt","1 minute").groupBy(F.window("lt","1 minute")).count()
    print("alwaysNullable", v, "agg", [(f.name, f.nullable, f.dataType.simpleString()) for f in g.schema.fields])
spark.conf.set("spark.sql.streaming.statefulOperator.alwaysNullableOutput.enabled", "true")
# update mode errors
l = rate().select((F.col("value") % 10).alias("k"), F.col("timestamp").alias("lt")).withWatermark("lt","1 minute")
r = rate().select((F.col("value") % 10).alias("k2"), F.col("timestamp").alias("rt")).withWatermark("rt","1 minute")
for jt, mode in [("left_outer","update"),("full_outer","update"),("left_semi","update"),("left_semi","complete"),("right_outer","complete")]:
    df = l.join(r, F.expr("k = k2 AND rt >= lt AND rt <= lt + interval 1 minute"), jt)
    try:
        q = df.writeStream.format("memory").queryName("u_"+jt+mode).outputMode(mode).option("checkpointLocation", base+"/u"+jt+mode).start(); q.stop()
        print("==", jt, mode, "OK")
    except Exception as e:
        print("==", jt, mode, type(e).__name__, getattr(e,"getCondition",lambda:None)(), str(e).splitlines()[0][:400])
