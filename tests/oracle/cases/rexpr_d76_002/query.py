from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("CASE WHEN contains(CASE WHEN b THEN s WHEN (i IS NOT NULL) THEN s ELSE s END, 'a') THEN CAST(to_date('2024-02-29') AS TIMESTAMP) WHEN ('abc' = s) THEN ts ELSE TIMESTAMP'1999-12-31 23:59:59.999' END")).withColumn("c2", expr("CASE 'a' WHEN '2024-02-29' THEN d WHEN 'o' THEN 0.5D ELSE d END")).withColumn("c3", expr("CASE WHEN b THEN id WHEN (d IS NOT NULL) THEN id WHEN (ts >= TIMESTAMP'1999-12-31 23:59:59.999') THEN id ELSE id END")).withColumn("c4", (col("i") / F.nullif(col("c2"), lit(0)))).withColumn("c5", expr("pmod(0, nullif(i, 0))")).drop("i", "j", "d", "m", "n", "b")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c5, s FROM rexpr_q ORDER BY s ASC NULLS FIRST, id"]
