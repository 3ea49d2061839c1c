from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", col("i").cast("bigint")).withColumn("c2", F.format_number(lit(None).cast("int"), 2)).withColumn("c3", expr("coalesce(ts, TIMESTAMP'2024-02-29 00:00:00')")).withColumn("c4", expr("(d * signum(m))"))
OUTPUT_MODE = "append"
