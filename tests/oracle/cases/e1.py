import sys; sys.path.insert(0, "/tmp/ssj")
from common import *
spark = session()
print("VERSION", spark.version)
for k in ["spark.sql.streaming.join.stateFormatVersion","spark.sql.streaming.statefulOperator.allowMultiple","spark.sql.streaming.statefulOperator.checkCorrectness.enabled","spark.sql.streaming.noDataMicroBatches.enabled","spark.sql.streaming.stateStore.skipNullsForStreamStreamJoins.enabled","spark.sql.streaming.join.stateFormatV4.enabled","spark.sql.streaming.multipleWatermarkPolicy"]:
    try: print(k, "=", spark.conf.get(k))
    except Exception as e: print(k, "ERR", str(e)[:200])
base = fresh("e1")
L = Src(base, "L"); R = Src(base, "R")
L.add([{"k":"a","ts":"2024-01-01T00:00:00Z","v":1}]); R.add([{"k":"a","ts":"2024-01-01T00:00:00Z","v":1}])
def l(): return spark.readStream.schema(SCHEMA).json(L.dir).select(F.col("k").alias("lk"), F.col("ts").alias("lt"), F.col("v").alias("lv"))
def r(): return spark.readStream.schema(SCHEMA).json(R.dir).select(F.col("k").alias("rk"), F.col("ts").alias("rt"), F.col("v").alias("rv"))
def lw(d="1 hour"): return l().withWatermark("lt", d)
def rw(d="1 hour"): return r().withWatermark("rt", d)
rng = "lk = rk AND rt >= lt AND rt <= lt + interval 1 hour"
cases = {
 "full_outer_no_wm": (lambda: l().join(r(), F.expr("lk = rk"), "full_outer"), "append"),
 "left_outer_no_wm": (lambda: l().join(r(), F.expr("lk = rk"), "left_outer"), "append"),
 "left_outer_wm_no_range": (lambda: lw().join(rw(), F.expr("lk = rk"), "left_outer"), "append"),
 "left_outer_wm_range": (lambda: lw().join(rw(), F.expr(rng), "left_outer"), "append"),
 "left_outer_wm_only_right_range": (lambda: l().join(rw(), F.expr(rng), "left_outer"), "append"),
 "left_outer_wm_only_left_range": (lambda: lw().join(r(), F.expr(rng), "left_outer"), "append"),
 "left_semi_no_wm": (lambda: l().join(r(), F.expr("lk = rk"), "left_semi"), "append"),
 "left_anti": (lambda: lw().join(rw(), F.expr(rng), "left_anti"), "append"),
 "inner_update": (lambda: l().join(r(), F.expr("lk = rk"), "inner"), "update"),
 "inner_complete": (lambda: l().join(r(), F.expr("lk = rk"), "inner"), "complete"),
 "join_then_agg_update": (lambda: l().join(r(), F.expr("lk = rk"), "inner").groupBy("lk").count(), "update"),
 "join_then_agg_complete": (lambda: l().join(r(), F.expr("lk = rk"), "inner").groupBy("lk").count(), "complete"),
 "join_then_winagg_append": (lambda: lw().join(rw(), F.expr(rng), "inner").groupBy(F.window("lt","10 minutes")).count(), "append"),
 "agg_then_join_append": (lambda: lw().groupBy(F.window("lt","10 minutes").alias("w"), "lk").count().join(rw(), F.expr("lk = rk"), "inner"), "append"),
 "agg_update_then_join": (lambda: lw().groupBy(F.window("lt","10 minutes").alias("w"), "lk").count().join(rw(), F.expr("lk = rk"), "inner"), "update"),
 "cross_join": (lambda: l().crossJoin(r()), "append"),
 "non_equi": (lambda: l().join(r(), F.expr("lt < rt"), "inner"), "append"),
 "inner_no_wm_append": (lambda: l().join(r(), F.expr("lk = rk"), "inner"), "append"),
}
only = sys.argv[1:] or list(cases)
for name in only:
    mk, mode = cases[name]
    q = None
    try:
        df = mk()
        q = df.writeStream.format("memory").queryName("q_"+name).outputMode(mode).option("checkpointLocation", base+"/ck_"+name).start()
        q.processAllAvailable()
        print("=== %s [%s]: OK started, rows=%d" % (name, mode, spark.sql("select * from q_"+name).count()))
    except Exception as e:
        cls = type(e).__name__
        cond = getattr(e, "getCondition", lambda: None)() if hasattr(e, "getCondition") else None
        msg = str(e)
        print("=== %s [%s]: %s cond=%s\n%s" % (name, mode, cls, cond, "\n".join(msg.splitlines()[:3])[:700]))
    finally:
        if q is not None:
            try: q.stop()
            except Exception: pass
