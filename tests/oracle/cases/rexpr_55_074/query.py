from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, t STRING, n DECIMAL(9,5), dt DATE, d DOUBLE, k BIGINT, f FLOAT, j INT, m DECIMAL(18,6), ts TIMESTAMP, b BOOLEAN, s STRING").json(INPUT)
result = df.withColumn("c1", expr("CAST(j AS DECIMAL(38,18))")).withColumn("c2", expr("date_trunc('QUARTER', CASE WHEN (ts > TIMESTAMP'2024-02-29 00:00:00') THEN ts WHEN CAST(id AS BOOLEAN) THEN ts WHEN b THEN ts ELSE ts END)")).withColumn("c3", F.to_date(lit("2025-03-01")).cast("string")).withColumn("c4", expr("if(i, 1, 2)")).withColumn("c5", (-F.when((col("ts") > F.to_timestamp(lit("2024-02-29 00:00:00"))), col("d")).when(((col("t") <= col("s")) != col("b")), F.round(col("d"), 2)).otherwise(col("d"))))
OUTPUT_MODE = "append"
