from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("date_sub(to_date('2023-12-31'), i) AS c1"), col("k").isNotNull().cast("double").alias("c2"))
OUTPUT_MODE = "append"
