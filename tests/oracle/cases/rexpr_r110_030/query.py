from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, j INT, s STRING, m DECIMAL(10,2), dt DATE, k BIGINT, b BOOLEAN, f FLOAT, i INT, ts TIMESTAMP, d DOUBLE").json(INPUT)
result = df.withColumn("c1", expr("(5 * id)")).withColumn("c2", F.coalesce(col("id"), lit(-2).cast("bigint")))
OUTPUT_MODE = "append"
