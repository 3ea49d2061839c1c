spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("k", (lit(3) / F.nullif(col("j"), lit(0))), expr("((ts IS NOT NULL) AND b)").alias("c2"), F.try_to_date(col("s")).alias("c3"), F.least(F.date_trunc("MONTH", col("ts")), F.date_trunc("yyyy", col("ts"))).alias("c4"), F.ifnull(col("dt"), F.to_date(lit("2024-02-29"))))
OUTPUT_MODE = "append"
