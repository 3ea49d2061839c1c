from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", col("dt").isNull()).withColumn("c2", expr("if((ts >= dt), dt, dt)")).drop("i", "d", "n", "dt").filter(((~F.coalesce(col("c1"), lit(False))) | (col("m") < expr("-3.10"))))
OUTPUT_MODE = "append"
