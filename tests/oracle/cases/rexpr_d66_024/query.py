from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.nullif(col("i"), lit(1))).withColumn("c2", expr("datediff(CASE WHEN b THEN TIMESTAMP'1999-12-31 23:59:59.999' ELSE ts END, dt)")).withColumn("c3", F.make_date(lit(2024), col("i"), lit(1))).drop("m", "s", "b", "ts").filter("coalesce(regexp_like(s, '[0-9]+'), true)")
OUTPUT_MODE = "append"
