from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("m", expr("CASE WHEN i THEN 1 ELSE 0 END").alias("c1"), F.nullif(col("j"), lit(-1)).alias("c2"), expr("((abs(m) + weekday(dt)) + i) AS c3"), F.regexp_replace(F.rpad(F.nullif(F.greatest(col("t"), col("s")), lit("é")), 6, "é"), "^.", "").alias("c4")).filter("(NOT coalesce((c4 <= 'o'), false))")
OUTPUT_MODE = "append"
