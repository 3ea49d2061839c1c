from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(9,5), b BOOLEAN, s STRING, k BIGINT, m DECIMAL(10,2), t STRING, dt DATE, f FLOAT, i INT, d DOUBLE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("d", expr("(id / nullif((id / nullif(i, 0)), 0))")).withColumn("c2", (col("id") + (col("b").cast("int") * lit(10)))).withColumn("c3", F.date_trunc("SECOND", col("ts")))
OUTPUT_MODE = "append"
