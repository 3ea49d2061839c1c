from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", col("m").cast("decimal(3,1)").alias("c1"), ((col("id") - F.nullif(col("i"), lit(2))) + F.coalesce(col("id"), col("id"), lit(3).cast("bigint"))).alias("c2"), expr("coalesce(dateadd(dt, i), dt, DATE'2024-02-29') AS c3"), expr("try_to_date(s)").alias("c4")).filter((col("c3") <= F.to_date(lit("2000-01-01"))))
OUTPUT_MODE = "append"
