from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("greatest(n, bround(n, 0)) AS c1"), F.next_day(F.coalesce(col("dt"), F.to_date(lit("2024-02-29"))), "TU").alias("c2"), expr("CAST(i AS TIMESTAMP)").alias("c3"), F.minute(col("ts")).alias("c4"), F.date_trunc("DAY", col("ts"))).filter("((c1 < -3.10) OR (c3 IS NOT NULL))")
OUTPUT_MODE = "append"
