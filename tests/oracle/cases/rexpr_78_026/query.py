from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.date_add(F.date_sub(col("dt"), lit(2)), col("i"))).withColumn("i", expr("((i - i) * 10)")).withColumn("c3", expr("unix_timestamp(ts)")).select("id", "c1", "c3")
OUTPUT_MODE = "append"
