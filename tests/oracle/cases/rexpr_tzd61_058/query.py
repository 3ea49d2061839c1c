spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select((col("m") / lit(3)).alias("c1"), F.greatest(F.when(col("ts").isNotNull(), col("dt")).when(col("ts").isNotNull(), col("dt")).when((col("m") != lit(.5).cast("decimal(2,1)")), col("dt")).otherwise(col("dt")), F.add_months(col("dt"), col("i"))).alias("c2"), expr("CASE WHEN (d > 0.001D) THEN ts WHEN (dt >= DATE'2025-03-01') THEN TIMESTAMP'1999-12-31 23:59:59.999' WHEN (s < '2024-02-29') THEN TRY_CAST(s AS TIMESTAMP) ELSE ts END").alias("c3")).filter(((lit(False) | col("ts").isNotNull()) | (col("d") > lit(-1.5))))
OUTPUT_MODE = "append"
