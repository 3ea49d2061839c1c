from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", (F.least(F.timestamp_seconds(col("i")), col("ts"), col("ts")) + expr("INTERVAL '1-2' YEAR TO MONTH")).alias("c1"), expr("(1 * CAST(b AS BIGINT))").alias("c2"), (col("d") * F.when((col("t") <= lit("a")), col("id")).when(col("dt").isNotNull(), col("id")).when(col("b"), col("id")).otherwise(col("id"))).alias("c3"), expr("ln(m) AS c4")).where(((lit(10) + lit(5)).isNull() | col("c2").isNull()))
OUTPUT_MODE = "append"
