from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "s", expr("((n / 7) * m) AS c1"), expr("greatest(d, d, d)").alias("c2"))
OUTPUT_MODE = "append"
