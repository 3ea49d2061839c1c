from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("format_number(0.001, 0) AS k1")).agg(F.sum(F.when(F.nvl2(col("f"), (col("s") != lit("2024-02-29")), lit(True)), lit(12.345).cast("decimal(5,3)")).otherwise(lit(0))).alias("a1"), expr("(max(f) - min(f)) AS a2")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
