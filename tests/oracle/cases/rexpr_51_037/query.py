from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(d <= 0.1D)").select("id", (col("d") * col("i")).alias("c1"), expr("(ascii(substring(t, 2, 10)) + i) AS c2"), expr("greatest(round(m, 2), least((m + m), 0.5))").alias("c3"), expr("regexp_replace(get(split(t, '[aeiou]'), 0), '^.', '')").alias("c4")).where(F.coalesce(col("s").eqNullSafe(lit("o")), lit(True)))
OUTPUT_MODE = "append"
