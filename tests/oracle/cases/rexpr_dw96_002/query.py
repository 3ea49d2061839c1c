from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(expr("((d <= 3.75D) OR b)").alias("c1"), F.make_date(lit(2024), col("i"), lit(1)).alias("c2"), expr("CASE WHEN (t IS NOT NULL) THEN m WHEN b THEN m ELSE n END AS c3"), expr("unix_timestamp(CASE WHEN (s < '日本') THEN add_months(date_from_unix_date(i), i) WHEN b THEN dt WHEN (s <> 'o') THEN date_add(dt, i) ELSE add_months(dt, i) END) AS c4"), F.date_from_unix_date(col("i")).alias("c5"), expr("greatest(n, m)").alias("c6"))
OUTPUT_MODE = "append"
