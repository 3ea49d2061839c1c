from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "b", (F.nullif(col("s"), lit("a")) == col("s")).alias("c1"), F.greatest(col("dt"), col("dt")).alias("c2"), expr("nvl2(greatest(n, n, 0.5), (id + d), 0.1D) AS c3"), F.try_divide(col("i"), col("i")), expr("CASE WHEN (s LIKE 'H%') THEN CASE WHEN b THEN round(n, 0) WHEN endswith('', 'a') THEN (m / nullif(m, 0)) WHEN b THEN m ELSE n END WHEN exists(split(try_element_at(split(s, '-'), 1), ' '), x -> x = 'b') THEN (m / nullif(n, 0)) ELSE n END").alias("c5"))
OUTPUT_MODE = "append"
