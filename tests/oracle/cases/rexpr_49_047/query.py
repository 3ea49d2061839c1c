from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(7,0), s STRING, dt DATE, t STRING, d DOUBLE, j INT, n DECIMAL(4,1), i INT, ts TIMESTAMP, k BIGINT, b BOOLEAN").json(INPUT)
result = df.select("id", (col("n") + col("d")).alias("c1"), col("b").isNotNull().alias("c2"), expr("CASE nullif(s, 'a') WHEN 'x-y' THEN to_date('2023-12-31') WHEN 'x-y' THEN TRY_CAST(t AS DATE) ELSE make_date(2023, pmod(i, 12) + 1, 1) END").alias("c3"), F.datediff(col("ts"), lit(5)).alias("c4"), expr("CASE WHEN b THEN unix_timestamp(ts) WHEN (id > 3L) THEN k ELSE k END AS c5")).filter(((~(col("dt") != F.to_date(lit("2024-02-29")))) | lit(12.345).cast("decimal(5,3)").isNull()))
OUTPUT_MODE = "append"
