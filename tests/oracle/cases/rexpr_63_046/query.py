from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(((col("ts") != col("dt")) | col("t").isNotNull())).select("id", "d", (col("ts") - expr("INTERVAL 1 DAY")).isNotNull().alias("c1"), expr("CASE WHEN (ts >= TIMESTAMP'1999-12-31 23:59:59.999') THEN nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999') WHEN (s >= '42') THEN ts ELSE CASE WHEN (n > 0.5) THEN ts END END").alias("c2"), (F.least(lit(.001).cast("decimal(4,3)"), col("n")) / F.nullif(col("n"), lit(0))).alias("c3"), expr("(i * d)").alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY id"]
