from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(d IS NOT NULL)").withColumn("c1", expr("round(d, i)")).withColumn("c2", (col("m") * col("n"))).withColumn("c3", expr("trunc((date_add(dt, i) - INTERVAL 2 YEARS), 'mon')"))
OUTPUT_MODE = "append"
