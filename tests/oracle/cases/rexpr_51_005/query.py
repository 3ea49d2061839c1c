from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, i INT, s STRING, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.coalesce((col("id") - col("id")), lit(3).cast("bigint"))).withColumn("c2", expr("CASE WHEN isnull(dt) THEN ((CASE WHEN (ts >= TIMESTAMP'2024-02-29 00:00:00') THEN TIMESTAMP'2024-02-29 00:00:00' WHEN (dt = to_date('2000-01-01')) THEN ts ELSE ts END IS NOT NULL) OR ((m BETWEEN -3.10 AND 100BD) OR (dt > to_date('2025-03-01')))) WHEN false THEN (i IN (-1, 0, 10)) END")).withColumn("c3", F.date_trunc("QUARTER", col("ts"))).withColumn("dt", expr("CASE WHEN (s <= 'o') THEN next_day(ifnull(dt, to_date('2024-02-29')), 'TU') END")).withColumn("c5", expr("CASE WHEN ('2024-02-29' LIKE '_') THEN make_date(2023, 2, 28) WHEN (n >= 99.99) THEN dt WHEN (i <=> 5) THEN CAST(ts AS DATE) ELSE dt END"))
OUTPUT_MODE = "append"
