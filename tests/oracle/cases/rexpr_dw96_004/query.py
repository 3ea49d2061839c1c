from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, dt DATE, i INT, m DECIMAL(10,2), ts TIMESTAMP, k BIGINT, s STRING, j INT, b BOOLEAN, n DECIMAL(5,3), d DOUBLE").json(INPUT)
result = df.withColumn("c1", F.array_contains(F.split(F.when(F.isnan(col("d")), F.array_join(F.split(col("s"), "  *"), "/")).when((col("dt") < F.to_date(lit("2025-03-01"))), F.when((col("s") <= lit("a")), lit("")).otherwise(col("s"))).otherwise(col("s")), ","), "")).withColumn("c2", expr("CASE WHEN endswith(s, ' ') THEN i WHEN (ts IS NOT NULL) THEN j WHEN b THEN nullif(i, 10) ELSE i END")).withColumn("c3", expr("format_string('%s-%d', s, c2)")).withColumn("c4", expr("try_subtract(m, m)")).withColumn("c5", (col("d") / col("i"))).withColumn("k", (lit(3).cast("bigint") - col("id"))).select("id", "c1", "c2", "c3", "c4", "c5").where(F.coalesce((~(col("i") - col("n")).isin(lit(12.345).cast("decimal(5,3)"))), lit(True)))
OUTPUT_MODE = "append"
