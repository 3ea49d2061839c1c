from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(b OR b)"), expr("left(ucase(CAST((n / nullif(i, 0)) AS STRING)), 1) AS c2"), col("d").cast("decimal(6,2)").alias("c3"))
OUTPUT_MODE = "append"
