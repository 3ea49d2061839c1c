from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, s STRING, m DECIMAL(12,4), ts TIMESTAMP, j INT, b BOOLEAN, t STRING, f FLOAT, d DOUBLE, i INT, dt DATE").load(INPUT)
df.where((col("b") | (col("t") < lit("2024-02-29")))).createOrReplaceTempView("src")
result = spark.sql("SELECT b, count(m) AS a1, count_if((f IN (0.5D, 2.0D, 0.5D))) AS a2 FROM src GROUP BY b")
OUTPUT_MODE = "update"
