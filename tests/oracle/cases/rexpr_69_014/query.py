from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, dt DATE, s STRING, f FLOAT, j INT, n DECIMAL(20,0), ts TIMESTAMP, m DECIMAL(18,6), i INT").load(INPUT)
result = df.select("id", F.nvl2(F.concat_ws("|", col("s"), col("s"), col("s")), (lit(3) * col("i")), lit(5)), expr("(i - hour(CASE WHEN (j > 3) THEN ts WHEN (id >= 3) THEN ts WHEN (i <> j) THEN timestamp_seconds(i) ELSE ts END))").alias("c2"), (lit(12.345).cast("decimal(5,3)") + col("m")).alias("c3"), F.format_string("%s-%d", F.date_format(lit(None).cast("timestamp"), "Q"), F.ceil(F.when(F.abs(F.round(F.sqrt(lit(float("nan"))), 3)) < lit(1e9), F.round(F.sqrt(lit(float("nan"))), 3)))).alias("c4"), F.substr(col("s"), lit(5), lit(1)).alias("c5"))
OUTPUT_MODE = "append"
