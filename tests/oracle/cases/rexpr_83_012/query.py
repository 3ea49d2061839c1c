from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, dt DATE, n DECIMAL(20,0), m DECIMAL(10,2), b BOOLEAN, i INT, ts TIMESTAMP, s STRING, d DOUBLE").json(INPUT)
result = df.where("(d < 0.1D)").withColumn("c1", expr("(dt + INTERVAL 1 MONTH)")).withColumn("c2", expr("trunc(c1, 'mon')"))
OUTPUT_MODE = "append"
