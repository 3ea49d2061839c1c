from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.next_day(col("dt"), "fri")).withColumn("c2", ((col("dt") >= F.to_date(lit("2025-03-01"))) | F.isnull(col("s")))).withColumn("c3", F.date_add(F.try_to_date(lit("abc")), col("i"))).withColumn("c4", (col("m") - lit(.5).cast("decimal(2,1)")))
OUTPUT_MODE = "append"
