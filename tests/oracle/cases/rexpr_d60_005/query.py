from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("regexp_like(lpad(btrim(s), 8, ' '), '[aeiou]{2}')").alias("c1"), F.xxhash64(F.round(col("n")), col("k")).alias("c2"), F.when(col("m").isNotNull(), col("dt")).otherwise(col("dt")).alias("c3")).filter("(((b AND b) > forall(split(s, ' '), x -> x = 'a')) OR (n IS NULL))")
OUTPUT_MODE = "append"
