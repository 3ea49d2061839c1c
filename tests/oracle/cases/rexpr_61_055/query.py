from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.coalesce(F.date_format(col("ts"), "yyyy-MM-dd"), lit("Hello")).eqNullSafe(F.regexp_extract(F.coalesce(lit("é"), col("s"), lit("日本")), "([A-Za-z]+) ([A-Za-z]+)", 2))).withColumn("c2", (col("ts") - expr("INTERVAL 1 MONTH"))).filter((F.isnull((col("s") <= lit("Hello"))) | col("ts").isNotNull()))
OUTPUT_MODE = "append"
