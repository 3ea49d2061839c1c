from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.log(10.0, (col("i") * expr("12.345")))).withColumn("k", expr("CASE i WHEN 0 THEN id ELSE k END")).withColumn("c3", expr("isnan(100.0D)")).withColumn("c4", F.repeat(F.nullif(col("t"), lit("a")), -1)).withColumn("c5", expr("((m * i) / nullif(1.25, 0))")).drop("j", "t", "dt")
OUTPUT_MODE = "append"
