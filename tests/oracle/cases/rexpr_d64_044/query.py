from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", (col("t") != col("s")).alias("c1"), expr("to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss')").alias("c2"), col("i").between(lit(-1), lit(3)).alias("c3")).filter((F.date_add(col("dt"), col("i")).isNotNull() | col("dt").isNotNull()))
OUTPUT_MODE = "append"
