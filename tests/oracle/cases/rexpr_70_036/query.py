from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.left(col("t"), lit(4)).alias("c1"), expr("CASE WHEN (t BETWEEN '42' AND '2024-02-29') THEN -2L WHEN (d < 3.75D) THEN (id - id) ELSE id END").alias("c2"))
OUTPUT_MODE = "append"
