spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, t STRING, m DECIMAL(7,0), i INT, d DOUBLE, s STRING, k BIGINT, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("t", "t").agg(expr("round(avg(m), 3) AS a1"), (F.max((col("i") - expr("CAST(extract(DAY FROM (ts - ts)) AS INT)"))) - F.min((col("i") - expr("CAST(extract(DAY FROM (ts - ts)) AS INT)")))).alias("a2"), expr("sum(0.5D) AS a3"), F.sum(F.when(F.coalesce((col("k") != lit(86400).cast("bigint")), lit(True)), F.round((col("i") - col("m")), 2)).otherwise(lit(0))).alias("a4"))
OUTPUT_MODE = "complete"
