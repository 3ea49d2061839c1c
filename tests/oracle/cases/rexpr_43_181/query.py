from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(((col("s") >= lit("2024-02-29")) | col("id").isNotNull())).select("id", "i", expr("(nullif(i, -1) - CASE WHEN (dt IS NOT NULL) THEN i WHEN b THEN i ELSE i END)").alias("c1"), expr("left(s, 2) AS c2"), F.unix_timestamp(F.when(col("b"), F.to_timestamp(F.date_format(col("ts"), "dd.MM.yyyy HH:mm:ss.SSSSSS"), "dd.MM.yyyy HH:mm:ss.SSSSSS")).otherwise(col("ts"))).alias("c3"), expr("date_trunc('WEEK', ts)").alias("c4"), expr("(id = j)"))
OUTPUT_MODE = "append"
