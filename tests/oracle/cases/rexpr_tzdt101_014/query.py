spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "m", (col("m") % F.nullif(col("m"), lit(0))).alias("c1"), (col("t") != lit("")).cast("decimal(5,1)").alias("c2"), (F.when((col("d") >= lit(0.001)), col("dt")).when((~col("b")), col("dt")).when(col("b"), col("dt")).otherwise(col("dt")) - expr("INTERVAL 1 DAY")).alias("c3"), expr("CASE WHEN b THEN id WHEN (dt > to_date('2024-02-29')) THEN k WHEN b THEN id ELSE id END AS c4"), expr("CASE WHEN (ts = dt) THEN k WHEN b THEN id END")).where(F.coalesce(F.isnull(col("dt")), lit(True)))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT m, c3 FROM rexpr_q ORDER BY c1 ASC NULLS LAST, id"]
