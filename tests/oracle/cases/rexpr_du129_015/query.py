from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(d > -1.5D)").withColumn("c1", expr("(i + power(d, 2))")).withColumn("c2", F.when(col("b"), col("id")).when(col("b"), col("k")).otherwise(col("k"))).withColumn("c3", expr("try_mod(ceiling(CAST(b AS DECIMAL(38,18))), (m - m))")).drop("k", "s", "b", "ts").filter((col("k") != lit(86400).cast("bigint")))
OUTPUT_MODE = "append"
