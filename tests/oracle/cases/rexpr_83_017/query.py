from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(id >= 0L)").withColumn("c1", expr("(CASE WHEN b THEN 2 ELSE i END * d)")).withColumn("ts", F.to_timestamp(lit("2024-02-29 00:00:00"))).withColumn("c3", expr("(CASE WHEN (f = 2.0D) THEN date_format(dt, 'a h:mm') WHEN (s BETWEEN '2024-02-29' AND '42') THEN s WHEN b THEN t ELSE t END >= t)")).withColumn("c4", F.quarter(col("dt"))).drop("i", "d", "m", "s", "t", "dt")
OUTPUT_MODE = "append"
