from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("CASE WHEN CAST(i AS BOOLEAN) THEN s WHEN CASE WHEN (s <> 'abc') THEN (n IS NOT NULL) WHEN (j <= 5) THEN true WHEN false THEN (id <= 3L) ELSE (i <> 0) END THEN s ELSE repeat(s, 2) END")).withColumn("c2", (-(lit(5) * col("i")))).withColumn("c3", col("c1").like("%o%")).withColumn("c4", F.ifnull(F.isnan(col("f")), lit(False))).withColumn("c5", F.ltrim(col("c1"))).where((col("s").try_cast("boolean") | col("ts").isNotNull()))
OUTPUT_MODE = "append"
