spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(dt < to_date('2023-12-31'))").withColumn("c1", (F.isnan(col("d")) | col("j").isNotNull())).withColumn("c2", (col("dt") + expr("INTERVAL '1-1' YEAR TO MONTH"))).withColumn("c3", expr("(NOT ((id <=> m) > ((ts - TIMESTAMP'2024-02-29 00:00:00') = INTERVAL '1' DAY)))")).select("id", "c1", "c2", "c3").where((~F.coalesce(col("m").between(lit(.5).cast("decimal(2,1)"), lit(.5).cast("decimal(2,1)")), lit(False))))
OUTPUT_MODE = "append"
