from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("map_concat(map(1, typeof(m)), map(2, s))")).withColumn("c2", expr("(i - dayofyear(dt))")).withColumn("c3", expr("(dt = DATE'2000-01-01')"))
OUTPUT_MODE = "append"
