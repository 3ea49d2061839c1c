from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(7,0), d DOUBLE, dt DATE, n DECIMAL(5,3), t STRING, k BIGINT, s STRING, b BOOLEAN, ts TIMESTAMP, i INT").json(INPUT)
result = df.filter((col("k") > lit(1).cast("bigint"))).select("id", expr("locate('o', s, 5)").alias("c1"), expr("CASE WHEN b THEN t ELSE date_format(DATE'2023-12-31', 'HH:mm:ss') END AS c2"), expr("TRY_CAST(s AS TIMESTAMP) AS c3"), F.trim(F.substr(F.date_format(F.nullif(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00"))), "yyyy-MM-dd HH:mm:ss.SSS"), lit(1), lit(10))).alias("c4")).filter("(b IS NOT NULL)")
OUTPUT_MODE = "append"
