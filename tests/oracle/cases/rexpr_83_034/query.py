from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(18,6), n DECIMAL(20,0), b BOOLEAN, k BIGINT, i INT, t STRING, d DOUBLE, s STRING, ts TIMESTAMP, dt DATE, j INT").json(INPUT)
result = df.where(F.coalesce((F.to_date(lit("2000-01-01")) <= col("ts")), lit(True))).select("id", F.least(F.concat(col("t"), col("s")), F.from_unixtime(F.when(col("b"), col("i")).when(col("b"), lit(3)).when(col("b"), col("i")).otherwise(col("i")))).alias("c1"), expr("date_trunc('QUARTER', nvl2(round(12.345, -1), coalesce(ts, TIMESTAMP'2024-03-01 12:30:00.123456'), TIMESTAMP'1999-12-31 23:59:59.999'))").alias("c2"), expr("greatest(try_element_at(split(s, '[aeiou]'), 2), t) AS c3"), F.abs(col("d")).alias("c4"))
OUTPUT_MODE = "append"
