from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, t STRING, j INT, s STRING, d DOUBLE, m DECIMAL(12,4), b BOOLEAN, ts TIMESTAMP, dt DATE").json(INPUT)
result = df.filter((((col("b") & col("b")) & col("d").isNotNull()) | (col("dt") < F.to_date(lit("2025-03-01"))))).withColumn("c1", expr("concat(s, t)")).withColumn("c2", F.left(F.regexp_replace(F.array_join(F.split(col("t"), ","), ""), " +", "_"), lit(1))).withColumn("c3", expr("(m + bround(m, 0))")).withColumn("c4", expr("repeat(t, 0)")).withColumn("c5", expr("(id <=> 1000L)")).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
