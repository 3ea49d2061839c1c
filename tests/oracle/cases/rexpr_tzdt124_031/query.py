spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, t STRING, s STRING, n DECIMAL(9,5), b BOOLEAN, dt DATE, k BIGINT, i INT, j INT, ts TIMESTAMP, d DOUBLE, m DECIMAL(7,0)").json(INPUT)
result = df.where("coalesce(isnan(least(d, d)), true)").withColumn("c1", expr("date_from_unix_date(char_length(sha2(t, 0)))")).withColumn("c2", expr("(0.5D IS NOT NULL)")).withColumn("c3", (F.nvl2(col("k"), F.when((col("dt") <= F.to_date(lit("2025-03-01"))), lit(1000).cast("bigint")).when(col("b"), col("k")).when(col("b"), col("id")).otherwise(col("k")), lit(1000).cast("bigint")) != col("j"))).withColumn("c4", F.abs((col("m") + col("m"))))
OUTPUT_MODE = "append"
