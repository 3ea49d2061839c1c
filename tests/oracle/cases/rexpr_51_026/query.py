from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select((col("id") + col("id")).cast("string").alias("c1"), expr("try_divide(i, CAST(NULL AS DOUBLE)) AS c2")).where((~F.coalesce((col("m").isNotNull() | col("b")), lit(False))))
OUTPUT_MODE = "append"
