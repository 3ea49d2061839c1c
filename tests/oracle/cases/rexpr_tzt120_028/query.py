spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.when(col("f").isNotNull(), F.right(expr("CAST(TIMESTAMP_NTZ'2024-02-29 23:59:59.999999' + INTERVAL -36 HOURS AS STRING)"), lit(0))).when(col("b"), col("s")).when(F.when(col("b"), ((col("d") <= lit(2.0)) & col("ts").isNotNull())).when(col("b"), col("b")).when(col("b"), col("b")).otherwise(col("d").isNotNull()), col("s")).otherwise(lit("日本"))).withColumn("c2", expr("((dt - (ts + INTERVAL '90' MINUTE)) = INTERVAL '23:59' HOUR TO MINUTE)")).withColumn("c3", expr("(s > 'abc')")).withColumn("c4", expr("d")).withColumn("c5", F.upper(expr("CAST(TIMESTAMP_NTZ'2024-02-29 23:59:59.999999' + INTERVAL '2 01' DAY TO HOUR AS STRING)"))).select("id", "c1", "c2", "c3", "c4", "c5").filter("coalesce(endswith(c5, 'o'), true)")
OUTPUT_MODE = "append"
