from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(10,2), j INT, ts TIMESTAMP, dt DATE, k BIGINT, f FLOAT, i INT, d DOUBLE, t STRING, b BOOLEAN, s STRING").load(INPUT)
result = df.withColumn("c1", F.when((col("t") != lit("2024-02-29")), col("b")).when(col("b"), col("i").isNotNull()).when(col("b"), col("f").isNotNull()).otherwise((col("dt") > F.to_date(lit("2000-01-01"))))).withColumn("c2", expr("CASE WHEN c1 THEN CASE WHEN b THEN 100BD WHEN (dt IS NOT NULL) THEN m WHEN (f = 2.0D) THEN m ELSE m END END")).withColumn("c3", F.when(col("b"), col("k")).when(col("s").isNull(), col("id")).otherwise(col("k"))).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
