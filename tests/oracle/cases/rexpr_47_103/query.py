from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(col("t").alias("k1")).agg(F.round(F.avg((col("d") + (col("i") - col("i")))), 3).alias("a1"), F.max(F.last_day(F.to_date(F.date_format(col("dt"), "yyyyMMdd"), "yyyyMMdd"))).alias("a2")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
