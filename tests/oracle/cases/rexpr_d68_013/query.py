from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(5,3), dt DATE, d DOUBLE, m DECIMAL(10,2), ts TIMESTAMP, j INT, s STRING, i INT, k BIGINT").json(INPUT)
result = df.where("((ceil(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END) <= (n / 7.5)) OR (id <> 0L))").select("id", "ts", expr("forall(split(replace(s, 'l', 'LL'), ' '), x -> x = 'Hello') AS c1"), F.size(F.array_distinct(F.split(col("s"), "  *"))).cast("bigint").cast("boolean").alias("c2"), (col("n") / expr("2.5")).alias("c3")).filter("coalesce(nvl2(DATE'2023-12-31', (i IN (2, 2, -1)), false), true)")
OUTPUT_MODE = "append"
