from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("CASE i WHEN 1 THEN ts END")).withColumn("c2", F.nullif(col("m").try_cast("bigint"), lit(86400).cast("bigint")))
OUTPUT_MODE = "append"
