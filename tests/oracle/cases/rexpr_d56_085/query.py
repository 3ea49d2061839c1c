from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(NOT (s <> '日本'))")).withColumn("c2", expr("nullif(CASE WHEN b THEN m WHEN (s = '日本') THEN m ELSE m END, -3.10)")).withColumn("c3", expr("sqrt(dt)")).withColumn("c4", expr("coalesce(b, b, true)")).withColumn("j", expr("datediff(to_date('2023-12-31'), dt)")).withColumn("c6", F.when(col("b"), col("s"))).drop("i", "j", "d", "m", "s", "b", "dt", "ts")
OUTPUT_MODE = "append"
