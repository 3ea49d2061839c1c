from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("((id - CASE WHEN b THEN 3L WHEN b THEN id ELSE 1000L END) DIV 10)").alias("c1"), F.when((col("m") <= lit(.001).cast("decimal(4,3)")), col("ts")).otherwise(F.when(col("b"), col("ts")).otherwise((F.date_trunc("DAY", col("ts")) - expr("INTERVAL 1 MONTH")))).alias("c2"), expr("(s BETWEEN '42' AND 'a')").alias("c3"), expr("size(split(substring(date_format(TIMESTAMP'2024-03-01 12:30:00.123456', 'MMM d, yyyy'), 0, 1), '-'))").alias("c4")).filter("(c3 OR c3)")
OUTPUT_MODE = "append"
