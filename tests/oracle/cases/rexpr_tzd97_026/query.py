spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(NOT coalesce(forall(split(s, ' '), x -> x = 'o'), false))").select("id", "b", expr("last_day(dt)"), F.coalesce(F.bround(F.round(lit(.001).cast("decimal(4,3)"), 3), 2), lit(12.345).cast("decimal(5,3)")).alias("c2"), expr("CASE WHEN (dt = DATE'2000-01-01') THEN d ELSE 100.0D END AS c3"), F.when(lit(-1).between(lit(5), lit(5)), col("dt")).otherwise(F.to_date(lit("2023-12-31"))).alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT b, c4 FROM rexpr_q ORDER BY id"]
