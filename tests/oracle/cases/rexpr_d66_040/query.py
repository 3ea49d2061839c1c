from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(i >= 1)").select("id", F.when((col("i").cast("bigint") > col("m")), F.ifnull(F.length(col("s")), lit(0))).otherwise(col("j")).alias("c1"), expr("TRY_CAST(CASE WHEN isnull(m) THEN s WHEN (m IS NOT NULL) THEN s WHEN (j IS NOT NULL) THEN conv(left(t, 1), 16, 10) ELSE left(concat_ws(', ', CAST(j AS STRING), t), 0) END AS BIGINT)").alias("c2"), expr("(m * i) AS c3"), expr("timestamp_seconds((i + i))").alias("c4"), F.coalesce(col("dt"), col("dt"), F.to_date(lit("2025-03-01"))).alias("c5"))
OUTPUT_MODE = "append"
