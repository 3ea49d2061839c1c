from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(length(rpad(string((j < -1)), 0, ' ')) - n)").alias("c1"), F.signum(F.when(col("i").cast("boolean"), col("i")).otherwise(col("i"))).alias("c2"), expr("CASE WHEN (s < 'Hello') THEN CASE WHEN (s = 'o') THEN timestamp_seconds(i) WHEN (n <> 0.5) THEN ts ELSE ts END ELSE ts END AS c3"))
OUTPUT_MODE = "append"
