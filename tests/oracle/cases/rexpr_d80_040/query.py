from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(expr("nvl2(CASE WHEN (t = '2024-02-29') THEN m WHEN (dt < to_date('2023-12-31')) THEN m ELSE m END, dt, to_date('2025-03-01'))").alias("c1"), (lit(0) - col("id")).alias("c2"), F.regexp_count(F.repeat(col("s"), 1), lit("[0-9]")), expr("try_multiply(d, sin((-1.5D + i))) AS c4")).where("(d > 3.75D)")
OUTPUT_MODE = "append"
