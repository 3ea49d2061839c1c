from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("ts").isNull() | col("s").isNotNull())).select("id", expr("replace(concat('o', CAST(dt AS STRING), CAST(dt AS STRING)), 'a', '') AS c1"), expr("(b AND b)").alias("c2")).where(((lit(2.0) - col("id")).isNotNull() | col("c1").isNotNull()))
OUTPUT_MODE = "append"
