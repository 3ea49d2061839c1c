from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("ts") == F.to_timestamp(lit("1999-12-31 23:59:59.999")))).withColumn("b", F.ceil(F.when(F.abs(F.round(col("d"), 3)) < lit(1e9), F.round(col("d"), 3))).cast("boolean")).withColumn("c2", expr("id")).withColumn("c3", F.length(F.sha2(col("t"), 512)))
OUTPUT_MODE = "append"
