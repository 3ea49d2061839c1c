from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(d + d)")).withColumn("c2", ((col("d") + lit(1).cast("bigint")).between(lit(float("nan")), lit(3.75)) & col("b"))).withColumn("c3", expr("ascii(t)")).withColumn("c4", expr("(least(TRY_CAST(t AS TIMESTAMP), CASE WHEN (d IS NOT NULL) THEN ts WHEN b THEN TIMESTAMP'2024-02-29 00:00:00' ELSE TIMESTAMP'2024-02-29 00:00:00' END) + INTERVAL '90' MINUTE)")).withColumn("c5", expr("rtrim(t)")).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
