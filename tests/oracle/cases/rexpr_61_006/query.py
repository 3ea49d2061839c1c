from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("((startswith(t, 'o') OR (m IS NOT NULL)) OR (j >= 1))").select("id", F.nullif(F.when((col("m") > col("d")), expr("CASE (NOT b) WHEN true THEN j END")).when((col("s") > lit("a")), col("i")).otherwise(F.nullif(col("i"), lit(1))), lit(0)).alias("c1"), expr("concat_ws(', ', CAST(dt AS STRING), '2024-02-29') AS c2"), expr("format_number(round(nvl2(m, d, 0.1D), 0), 3)").alias("c3"))
OUTPUT_MODE = "append"
