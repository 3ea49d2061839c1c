spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, f FLOAT, m DECIMAL(18,6), k BIGINT, n DECIMAL(5,3), b BOOLEAN, dt DATE, d DOUBLE, ts TIMESTAMP, s STRING, t STRING, i INT").load(INPUT)
result = df.groupBy("s").agg(F.count_if((col("b") | col("b"))).alias("a1"), expr("(max(least(round(f, 0), CASE WHEN b THEN d WHEN b THEN d END, f)) - min(least(round(f, 0), CASE WHEN b THEN d WHEN b THEN d END, f))) AS a2"))
OUTPUT_MODE = "complete"
