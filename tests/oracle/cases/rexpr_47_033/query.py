from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(((col("id") >= col("i")) | (col("s") >= lit("Hello")))).select("id", F.date_add(F.to_date(lit("2025-03-01")), col("i")).alias("c1"), expr("sha1(lpad(s, 3, 'ab'))").alias("c2"), expr("CASE from_unixtime(i) WHEN 'abc' THEN id WHEN ' ' THEN (id - id) ELSE nvl(id, 86400L) END")).filter("(dt >= to_date('2025-03-01'))")
OUTPUT_MODE = "append"
