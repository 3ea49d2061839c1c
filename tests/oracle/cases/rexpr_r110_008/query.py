from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", lit("2024-02-29").contains(" ").alias("c1"), expr("map_zip_with(map('a', negative(i), 'b', 2), map('a', 10, 'c', (i * -1)), (k, v1, v2) -> coalesce(v1, 0) + coalesce(v2, 0)) AS c2"), F.posexplode_outer(F.array_remove(F.array(col("s"), lit('x')), 'x')), (F.instr(col("s"), "a") / F.nullif(F.shiftright(col("i"), 33), lit(0))).alias("c4"), expr("(concat(s, s) <=> to_csv(named_struct('d', dt, 'x', d)))").alias("c5")).filter("(c2 IS NOT NULL)")
OUTPUT_MODE = "append"
