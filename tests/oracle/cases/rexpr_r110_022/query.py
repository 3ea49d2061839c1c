from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, t STRING, d DOUBLE, ts TIMESTAMP, i INT, j INT, n DECIMAL(5,3), s STRING, m DECIMAL(12,4), dt DATE, b BOOLEAN").json(INPUT)
result = df.select(expr("bit_get(i, 40)").alias("c1"), F.array_repeat(F.shiftright(col("i"), 33), -1).alias("c2"), expr("map_values(map(1, sequence(coalesce(dt, to_date('2025-03-01')), date_add(coalesce(dt, to_date('2025-03-01')), 3), INTERVAL 1 DAY)[1], 2, NULL))").alias("c3")).filter("(((dt - INTERVAL 1 DAY) != ts) OR (j > -1))")
OUTPUT_MODE = "append"
