from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", col("m").cast("decimal(3,1)")).withColumn("c2", col("i")).withColumn("c3", F.greatest(lit(1000).cast("bigint"), lit(0).cast("bigint")))
OUTPUT_MODE = "append"
