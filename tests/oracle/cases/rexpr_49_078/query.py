from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("coalesce((s != ''), true)").withColumn("c1", F.date_sub(col("dt"), col("i"))).withColumn("c2", expr("CASE b WHEN true THEN k END")).withColumn("c3", col("id").cast("boolean")).withColumn("c4", expr("nullif((id % nullif(i, 0)), 1000L)"))
OUTPUT_MODE = "append"
