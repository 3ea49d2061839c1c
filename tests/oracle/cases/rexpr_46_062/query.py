from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(12,4), b BOOLEAN, j INT, ts TIMESTAMP, d DOUBLE, dt DATE, i INT, s STRING, t STRING").load(INPUT)
result = df.withColumn("c1", expr("CAST(abs((2 * locate(' ', s, 2))) AS DOUBLE)")).withColumn("c2", expr("(d / nullif(j, 0))")).drop("m", "b", "i")
OUTPUT_MODE = "append"
