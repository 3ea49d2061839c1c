from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, t STRING, f FLOAT, i INT, s STRING, m DECIMAL(10,2), dt DATE, d DOUBLE, ts TIMESTAMP, b BOOLEAN").load(INPUT)
result = df.select("id", F.when(col("b"), col("t")).otherwise(col("t")), expr("octet_length(CAST(CASE WHEN (NOT b) THEN id WHEN (t BETWEEN '42' AND 'x-y') THEN unix_timestamp(DATE'2000-01-01') ELSE id END AS STRING)) AS c2"), F.nvl2(F.when(col("b"), col("i")).when(col("b"), col("i")).otherwise(col("i")), col("s"), lit("x-y")).alias("c3")).where("((b > true) OR (b IS NOT TRUE))")
OUTPUT_MODE = "append"
