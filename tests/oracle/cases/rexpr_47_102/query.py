from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(i + d)", "endswith(s, 'H') AS c2").where(((col("n").isNotNull() & col("ts").isNotNull()) | (col("d") < lit(0.1))))
OUTPUT_MODE = "append"
