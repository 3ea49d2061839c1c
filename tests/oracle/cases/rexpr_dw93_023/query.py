from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, s STRING, n DECIMAL(4,1), ts TIMESTAMP, dt DATE, d DOUBLE, t STRING, m DECIMAL(10,2), j INT").json(INPUT)
result = df.select("dt", lit(100).cast("string").alias("c1"), expr("nvl2(coalesce(dt, dt, DATE'2023-12-31'), make_timestamp(year(DATE'2024-02-29'), month(DATE'2024-02-29'), dayofmonth(DATE'2024-02-29'), 12, 30, 59.999999), TIMESTAMP'1999-12-31 23:59:59.999')").alias("c2"), F.coalesce(col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).alias("c3"))
OUTPUT_MODE = "append"
