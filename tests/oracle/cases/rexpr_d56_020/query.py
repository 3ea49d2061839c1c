from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("coalesce((s LIKE '_'), true)").select("id", F.right(F.left(F.coalesce(col("s"), F.when((col("dt") > F.to_date(lit("2000-01-01"))), col("s")).when((col("f") > lit(float("nan"))), col("s")).when(col("m").isNotNull(), col("s")).otherwise(col("s")), lit("Hello")), lit(2)), lit(4)).alias("c1"), expr("TRY_CAST(s AS DATE) AS c2"), expr("nullif(bround(nullif(1.25, 12.345), 3), 100BD)").alias("c3"), F.round(col("d"), col("i")).alias("c4"), expr("(((try_add(i, i) * 5) % 7) + size(array_distinct(split(concat(' ', CAST(i AS STRING), s), ' ')))) AS c5"))
OUTPUT_MODE = "append"
