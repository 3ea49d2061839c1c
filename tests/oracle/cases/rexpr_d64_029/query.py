from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "s", expr("least(7, i, j) AS c1"), (F.coalesce(F.when((col("m") <= lit(99.99).cast("decimal(4,2)")), (col("ts") - expr("INTERVAL 1 DAY"))).when((col("id") < lit(0).cast("bigint")), col("ts")).when((col("m") == expr("100BD")), col("ts")).otherwise(col("ts")), F.when((col("id") == lit(0).cast("bigint")), col("ts")).when((col("ts") != F.to_timestamp(lit("2024-02-29 00:00:00"))), col("ts")).when((col("m") >= lit(.001).cast("decimal(4,3)")), col("ts")), F.to_timestamp(lit("1999-12-31 23:59:59.999"))) + expr("INTERVAL -3 DAYS")).alias("c2")).filter((col("s") != lit("日本")))
OUTPUT_MODE = "append"
