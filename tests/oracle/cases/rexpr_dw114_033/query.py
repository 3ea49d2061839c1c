from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, t STRING, i INT, m DECIMAL(18,6), j INT, s STRING, k BIGINT, d DOUBLE, b BOOLEAN, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.year(F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).withColumn("c2", F.trunc(col("dt"), "MM")).withColumn("c3", expr("array_contains(split(t, ','), '')")).drop("dt", "i", "j", "s", "k", "d").filter("((CAST(j AS BOOLEAN) <=> true) OR (i IS NOT NULL))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY ts ASC NULLS FIRST, id DESC"]
