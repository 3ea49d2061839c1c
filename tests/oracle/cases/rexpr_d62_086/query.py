from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "k", expr("TRY_CAST(t AS DOUBLE)"), F.initcap(F.translate(col("t"), "abc", "")).alias("c2"), F.when(col("b"), col("n")).when(col("t").ilike("%"), lit(100).cast("decimal(3,0)")).otherwise(col("m")).alias("c3"), expr("round((m * 1.25), -1)").alias("c4"))
OUTPUT_MODE = "append"
