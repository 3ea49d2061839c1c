from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.substring(col("s"), 1, 3).try_cast("bigint")).withColumn("c2", expr("(coalesce(5, 3) + i)"))
OUTPUT_MODE = "append"
