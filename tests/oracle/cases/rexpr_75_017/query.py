from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(((col("i").isNotNull() | col("b")) | col("s").isNull())).select("id", "i", expr("(id + (i * 5))").alias("c1"), F.array_join(F.split(col("t"), "[aeiou]"), "").alias("c2"), expr("CASE WHEN coalesce((dt IS NOT NULL), b, false) THEN id WHEN b THEN id ELSE ((id + i) DIV -4) END AS c3"))
OUTPUT_MODE = "append"
