from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.repeat(col("d").cast("string"), 0).alias("k1")).agg(F.round(F.avg((col("i") + col("i"))), 3).alias("a1"), expr("round(avg(abs(d)), 0) AS a2"), F.count(F.datediff(col("ts").cast("date"), F.to_date(F.date_format(col("dt"), "yyyy-MM-dd"), "yyyy-MM-dd"))).alias("a3"), F.max(F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).alias("a4"))
OUTPUT_MODE = "update"
