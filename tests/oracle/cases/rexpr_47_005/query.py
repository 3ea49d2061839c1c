from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("id") != lit(0).cast("bigint"))).select("id", expr("crc32('42') AS c1"), F.trunc(col("dt"), "Q"), ((col("id") + col("id")) - col("id")).alias("c3"), expr("add_months(date_add(nullif(dt, DATE'2024-02-29'), i), i)").alias("c4"))
OUTPUT_MODE = "append"
