spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, t STRING, ts TIMESTAMP, m DECIMAL(12,4), dt DATE, d DOUBLE, s STRING, j INT, i INT").load(INPUT)
result = df.groupBy(expr("CASE nullif(s, ' ') WHEN 'Hello' THEN (m IS NULL) ELSE (b OR (s IS NOT NULL)) END").alias("k1"), expr("(i % nullif(j, 0)) AS k2")).agg(F.count_if(F.coalesce(col("d").isNotNull(), (col("id") > lit(3).cast("bigint")), lit(True))).alias("a1"), expr("round(avg(10), 2) AS a2"), F.max(F.substring(col("s"), col("d"), lit(2))).alias("a4"), F.datediff(F.max(F.when((col("t") < lit("é")), col("dt"))), F.min(F.when((col("t") < lit("é")), col("dt")))).alias("a3"))
OUTPUT_MODE = "update"
