from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, ts TIMESTAMP, s STRING, t STRING, d DOUBLE, b BOOLEAN, j INT, dt DATE, m DECIMAL(10,2)").load(INPUT)
result = df.groupBy(F.nvl(lit(10), lit(-1)).alias("k1")).agg(expr("max(CAST(dt AS TIMESTAMP)) AS a1"), F.min(F.nullif(col("i"), lit(5))).alias("a2"), (F.max(F.length(F.rpad(F.lower(lit("a")), 8, " "))) - F.min(F.length(F.rpad(F.lower(lit("a")), 8, " ")))).alias("a3"))
OUTPUT_MODE = "update"
