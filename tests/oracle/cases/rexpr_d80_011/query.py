from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("b", expr("(NOT (j = 10))")).withColumn("d", expr("((month(ts) / nullif((2.0D + i), 0)) / 7.0D)")).withColumn("f", col("f")).drop("s", "dt")
OUTPUT_MODE = "append"
