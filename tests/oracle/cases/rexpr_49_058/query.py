from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("((s RLIKE 'o$') OR (ts <= TIMESTAMP'2024-03-01 12:30:00.123456'))").withColumn("c1", F.add_months(F.next_day(F.date_add(col("dt"), col("i")), "fri"), col("i"))).withColumn("ts", F.date_trunc("HOUR", F.to_timestamp(lit("1999-12-31 23:59:59.999")))).withColumn("c3", ((col("m") - col("m")) * col("m"))).select("id", "c1", "c3")
OUTPUT_MODE = "append"
