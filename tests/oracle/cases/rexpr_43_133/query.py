from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(F.initcap(F.substring(F.nullif(F.nullif(col("t"), lit("a")), lit("日本")), 1, 1)).alias("c1"), expr("TRY_CAST(repeat(s, -1) AS DECIMAL(6,3))").alias("c2"), expr("ceil(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END)"))
OUTPUT_MODE = "append"
