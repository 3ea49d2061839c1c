from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, t STRING, n DECIMAL(4,1), ts TIMESTAMP, d DOUBLE, i INT, j INT, k BIGINT, m DECIMAL(7,0), b BOOLEAN, dt DATE").load(INPUT)
result = df.withColumn("j", expr("unix_date(dt)")).withColumn("c2", expr("bround(d, -1)"))
OUTPUT_MODE = "append"
