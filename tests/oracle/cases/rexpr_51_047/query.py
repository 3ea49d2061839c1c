from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("regexp_extract(lpad(s, 3, 'é'), '([A-Za-z]+) ([A-Za-z]+)', 2)").alias("c1"), F.date_trunc("MONTH", F.nullif(col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).alias("c2"), F.to_timestamp(F.date_format(F.date_trunc("SECOND", col("ts")), "yyyy-MM-dd HH:mm:ss"), "yyyy-MM-dd HH:mm:ss").alias("c3"), ((col("d") + col("m")) / lit(7.0)).alias("c4")).where("(n > -3.10)")
OUTPUT_MODE = "append"
