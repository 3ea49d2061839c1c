from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("d", F.greatest(col("d"), lit(3.75), col("d"))).withColumn("c2", expr("trunc(try_to_date(' '), 'yy')")).select("id", "c2")
OUTPUT_MODE = "append"
