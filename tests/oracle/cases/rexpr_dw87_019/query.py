from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("log10(abs(least(coalesce(d, d, 2.0D), CAST(i AS DOUBLE), d)) + 1) AS c1"), expr("(b AND b) AS c2"), F.regexp_replace(F.concat(col("t"), col("s")), "(a|b)", "<>").alias("c3"), expr("equal_null(aggregate(split(s, ' '), 0, (acc, x) -> acc + length(x)), 3)").alias("c4"))
OUTPUT_MODE = "append"
