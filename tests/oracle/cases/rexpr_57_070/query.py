from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((F.try_element_at(F.split(F.regexp_extract(col("t"), "^(\\S*)", 1), " "), lit(3)).startswith("a") | (col("s") > lit("o")))).select("id", expr("try_divide(round(d, 0), i)"), expr("abs(CASE WHEN ((t >= '42') OR (s <= '2024-02-29')) THEN floor((m / nullif(n, 0)), 1) WHEN (f IS NOT NULL) THEN m WHEN coalesce((s < 'a'), (s IS NOT NULL), CAST(NULL AS BOOLEAN)) THEN 12.345 ELSE CASE WHEN (n IS NOT NULL) THEN m END END) AS c2"), F.to_timestamp(col("s")).alias("c3"), (col("i") * col("m")).between(expr("12.345"), expr("100BD")).alias("c4"), F.nullif((F.round(col("d"), 1) / F.nullif((col("i") - col("i")), lit(0))), lit(-1.5)).alias("c5"))
OUTPUT_MODE = "append"
