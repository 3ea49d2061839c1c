from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, b BOOLEAN, ts TIMESTAMP, j INT, n DECIMAL(5,3), i INT, s STRING, m DECIMAL(12,4), d DOUBLE, k BIGINT").load(INPUT)
result = df.select("j", F.trunc(col("dt"), "MM").cast("timestamp").isNotNull().alias("c1"), expr("CAST(ceiling(m) AS STRING)"))
OUTPUT_MODE = "append"
