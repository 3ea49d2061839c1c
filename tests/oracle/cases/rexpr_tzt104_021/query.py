spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("b") | col("m").isNotNull())).select("id", expr("(1L DIV 10)").alias("c1"), col("s").like("%e").alias("c2"), (expr("-3.10") + F.when(col("b"), col("m")).otherwise(col("n"))).alias("c3"), expr("CASE WHEN b THEN id WHEN (n <= 1.25) THEN id ELSE id END AS c4"))
OUTPUT_MODE = "append"
