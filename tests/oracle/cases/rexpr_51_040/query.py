from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("m", expr("bround(TRY_CAST(id AS DECIMAL(12,2)), 1)")).withColumn("c2", (col("id") > lit(86400).cast("bigint"))).withColumn("c3", F.substring(F.regexp_replace(col("s"), "^.", ""), 5, 0)).drop("i", "k", "n", "s", "dt")
OUTPUT_MODE = "append"
