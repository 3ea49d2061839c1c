from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(d = 0.5D)").select("id", expr("floor(CASE WHEN abs(round(2.0D, 3)) < 1e9D THEN round(2.0D, 3) END)"), F.nvl2(F.when((col("dt") >= F.to_date(lit("2000-01-01"))), col("dt")).otherwise(col("dt")), col("n"), lit(12.345).cast("decimal(5,3)")).alias("c2"))
OUTPUT_MODE = "append"
