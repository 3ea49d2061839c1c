from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "i", F.date_trunc("MINUTE", col("ts")).alias("c1"), F.length(col("t")).cast("bigint").isNull().alias("c2"))
OUTPUT_MODE = "append"
