from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.length(col("t"))).withColumn("c2", expr("abs(d)")).withColumn("c3", lit(99.99).cast("decimal(4,2)"))
OUTPUT_MODE = "append"
