from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(((col("f") <= col("n")) | col("b").isNotNull())).groupBy("s").agg(expr("count(TRY_CAST(s AS TIMESTAMP)) AS a1"), expr("min('a') AS a2"))
OUTPUT_MODE = "complete"
