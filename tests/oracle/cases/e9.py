import sys; sys.path.insert(0, "/tmp/ssj")
from common import *
spark = session()
base = fresh("e9")
S = Src(base, "S")
SCH2 = StructType(SCHEMA.fields + [StructField("side", StringType())])
src = spark.readStream.schema(SCH2).json(S.dir)
S.add([dict(k="a", ts="2024-01-01T12:00:00Z", v=1, side="L"), dict(k="a", ts="2024-01-01T12:00:00Z", v=1, side="R")])
def l(): return src.filter("side = 'L'").select(F.col("k").alias("lk"), F.col("ts").alias("lt"), F.col("v").alias("lv"))
def r(): return src.filter("side = 'R'").select(F.col("k").alias("rk"), F.col("ts").alias("rt"), F.col("v").alias("rv"))
rng = "lk = rk AND rt >= lt AND rt <= lt + interval 10 minutes"
cases = [
 ("join_then_groupby_key_append", lambda: l().join(r(), F.expr("lk = rk")).groupBy("lk").count(), "append", {}),
 ("agg_update_then_join_nocheck", lambda: l().withWatermark("lt","10 minutes").groupBy(F.window("lt","10 minutes").alias("w"), "lk").count().join(r().withWatermark("rt","10 minutes"), F.expr("lk = rk"), "inner"), "update", {"spark.sql.streaming.statefulOperator.checkCorrectness.enabled": "false"}),
 ("join_then_dedup_two_evcols", lambda: l().withWatermark("lt","10 minutes").join(r().withWatermark("rt","10 minutes"), F.expr(rng)).dropDuplicates(["lk","lt","rt"]), "append", {}),
 ("join_join_append", lambda: l().withWatermark("lt","10 minutes").join(r().withWatermark("rt","10 minutes"), F.expr(rng)).join(src.filter("side='L'").select(F.col("k").alias("xk"), F.col("ts").alias("xt")).withWatermark("xt","10 minutes"), F.expr("xk = lk AND xt >= lt AND xt <= lt + interval 10 minutes")), "append", {}),
]
for name, mk, mode, confs in cases:
    for k, v in confs.items(): spark.conf.set(k, v)
    q = None
    try:
        q = mk().writeStream.format("memory").queryName("q_"+name).outputMode(mode).option("checkpointLocation", base+"/ck_"+name).start()
        q.processAllAvailable()
        print("==", name, mode, "OK rows", spark.sql("select * from q_"+name).count())
    except Exception as e:
        print("==", name, mode, type(e).__name__, getattr(e,"getCondition",lambda:None)(), "\n   ", "\n    ".join(str(e).splitlines()[:2])[:500])
    finally:
        if q: q.stop()
        for k in confs: spark.conf.unset(k)
