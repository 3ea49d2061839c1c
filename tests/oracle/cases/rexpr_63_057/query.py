from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(F.isnan(lit(0.5)).alias("c1"), expr("(b AND (dt IS NULL)) AS c2"))
OUTPUT_MODE = "append"
