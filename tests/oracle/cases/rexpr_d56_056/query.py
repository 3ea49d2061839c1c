from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(((col("j") != col("id")) | (~col("b")))).withColumn("c1", expr("abs(CAST(((id IS NOT NULL) <> (i >= 1)) AS DOUBLE))")).withColumn("c2", (col("i") + col("j"))).withColumn("c3", expr("(m + m)")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
