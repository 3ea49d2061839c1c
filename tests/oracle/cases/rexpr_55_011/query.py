from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(10,2), b BOOLEAN, i INT, t STRING, dt DATE, j INT, d DOUBLE, ts TIMESTAMP, s STRING").load(INPUT)
result = df.where("((lcase(s) NOT IN ('abc')) OR (ts IS NULL))").select("id", (col("m") + F.nullif((F.bround(col("m"), 2) + col("b").cast("decimal(12,2)")), lit(.001).cast("decimal(4,3)"))).alias("c1"), F.when((col("ts") >= F.to_timestamp(lit("2024-02-29 00:00:00"))), col("ts")).otherwise(F.to_timestamp(lit("1999-12-31 23:59:59.999"))), F.when(col("b"), col("m")).otherwise(F.when(col("ts").isNotNull(), col("m")).when(col("b"), col("m")).otherwise(col("m"))).alias("c3"), expr("CASE TRY_CAST(0.001D AS INT) WHEN -1 THEN ts WHEN 10 THEN ts ELSE date_trunc('yyyy', ts) END AS c4")).where((col("m").between(expr("12.345"), lit(12.345).cast("decimal(5,3)")) | (col("i") == lit(1))))
OUTPUT_MODE = "append"
