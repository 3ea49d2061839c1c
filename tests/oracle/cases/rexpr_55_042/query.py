from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, f FLOAT, n DECIMAL(5,3), m DECIMAL(7,0), t STRING, i INT, b BOOLEAN, s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(F.coalesce(col("i").cast("boolean"), lit(True))).groupBy("s").agg(F.sum(col("i")).alias("a1"), F.datediff(F.max(F.nullif(col("dt"), F.to_date(lit("2025-03-01")))), F.min(F.nullif(col("dt"), F.to_date(lit("2025-03-01"))))).alias("a2"), expr("count_if((CAST('NaN' AS DOUBLE) <= d)) AS a3"), F.count_if((col("i") % F.nullif(col("i"), lit(0))).isNotNull()).alias("a4"))
OUTPUT_MODE = "update"
