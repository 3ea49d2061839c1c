from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("coalesce((d BETWEEN CAST('NaN' AS DOUBLE) AND 3.75D), b, false)")).withColumn("c2", expr("CASE WHEN ((ts IS NOT NULL) AND ((id > 1L) OR (NOT b))) THEN id WHEN isnan((id * d)) THEN id WHEN b THEN CAST(ts AS BIGINT) ELSE (id - i) END")).withColumn("c3", F.ifnull(F.add_months(col("dt"), col("i")), F.to_date(lit("2025-03-01")))).drop("d", "f", "m", "n", "s")
OUTPUT_MODE = "append"
