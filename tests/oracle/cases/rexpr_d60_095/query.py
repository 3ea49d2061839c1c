from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(NOT coalesce((CASE WHEN (NOT b) THEN d ELSE (d / nullif(d, 0)) END > try_add(m, m)), false))").select("id", expr("(ts + INTERVAL '1 02:03:04.000005' DAY TO SECOND) AS c1"), F.left(F.concat_ws("|", col("s"), col("s"), col("t")), lit(1)).alias("c2"), expr("coalesce(b, false)").alias("c3"), expr("datediff(dt, dt)").alias("c4")).where("(b IS NOT NULL)")
OUTPUT_MODE = "append"
