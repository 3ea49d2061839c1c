spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(NOT coalesce(((s <=> '') AND CAST(NULL AS BOOLEAN)), false))").withColumn("c1", (expr("12.345") % F.nullif(col("m"), lit(0)))).withColumn("c2", expr("least(id, id, 0L)")).withColumn("c3", expr("('' < CASE WHEN CAST(id AS BOOLEAN) THEN s WHEN (n = 99.99) THEN s ELSE CAST((ts - TIMESTAMP'2024-03-01 12:30:00.123456') AS STRING) END)")).withColumn("dt", expr("greatest(try_to_date('abc'), dt, dt)"))
OUTPUT_MODE = "append"
