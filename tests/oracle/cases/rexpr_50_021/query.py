from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(d > 0.5D)").withColumn("c1", expr("(i + CASE WHEN (CASE WHEN b THEN (i <> 0) WHEN b THEN (id <> 1000L) WHEN (m < 99.99) THEN (n <> -3.10) END AND (k != f)) THEN (id % nullif(i, 0)) WHEN (t <= s) THEN (id + id) ELSE id END)")).withColumn("c2", F.coalesce(col("ts"), (F.greatest(col("dt"), col("dt"), col("dt")).cast("timestamp") - expr("INTERVAL '1-2' YEAR TO MONTH")), F.to_timestamp(lit("2024-02-29 00:00:00")))).withColumn("c3", F.unix_timestamp((F.when(lit(100.0).between(lit(2.0), lit(-1.5)), F.date_add(col("dt"), col("i"))).otherwise(col("dt")) - expr("INTERVAL -10 DAYS")))).drop("d", "f", "m", "s", "t")
OUTPUT_MODE = "append"
