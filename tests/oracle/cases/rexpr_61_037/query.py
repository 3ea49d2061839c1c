from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("CASE WHEN (nullif(t, 'abc') = nullif(s, 'a')) THEN m WHEN b THEN (m - n) ELSE (m - n) END")).withColumn("c2", F.least(col("ts"), col("ts"))).withColumn("c3", ((col("m") * col("m")) + lit(-1)).isin(expr("100BD"))).withColumn("c4", expr("(2 * id)")).drop("j", "d", "m", "n", "s", "dt", "ts")
OUTPUT_MODE = "append"
