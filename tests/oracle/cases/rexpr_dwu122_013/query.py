from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("dt") >= F.to_date(lit("2025-03-01")))).withColumn("s", expr("format_number(nullif(n, 0.5), 3)")).withColumn("c2", expr("nullif(ts, TIMESTAMP'2024-02-29 00:00:00')")).withColumn("c3", expr("array_union(array(d, CAST('NaN' AS DOUBLE), 0.001D), array(CAST('NaN' AS DOUBLE), 0.0D, -0.0D))")).withColumn("c4", F.when(col("b"), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).when((col("id") < lit(0).cast("bigint")), col("ts")).otherwise(col("ts"))).withColumn("c5", expr("arrays_overlap(array(i, i), array(1, 2, i))")).drop("d", "n", "ts").filter(col("c3").isNotNull())
OUTPUT_MODE = "append"
