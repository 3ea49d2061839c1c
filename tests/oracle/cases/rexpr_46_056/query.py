from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(2 - i)")).withColumn("c2", expr("CASE WHEN b THEN TIMESTAMP'1999-12-31 23:59:59.999' WHEN (s LIKE '_') THEN TIMESTAMP'1999-12-31 23:59:59.999' ELSE ts END")).withColumn("c3", (col("ts") - expr("INTERVAL 1 MONTH"))).withColumn("c4", expr("(date_trunc('HOUR', nullif(ts, TIMESTAMP'2024-02-29 00:00:00')) - INTERVAL 1 DAY)")).drop("i", "k", "n", "s", "t", "b").where((((col("id") == lit(1).cast("bigint")) <= (col("dt") != F.to_date(lit("2023-12-31")))) | (col("id") != lit(-2).cast("bigint"))))
OUTPUT_MODE = "append"
