from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.quarter(F.when(col("d").eqNullSafe(col("id")), col("dt")).when((col("dt") == col("ts")), F.to_date(lit("2023-12-31"))))).withColumn("c2", F.round((F.log(col("d")) + F.greatest(col("d"), col("d"))), -1)).withColumn("c3", expr("nullif((- CASE WHEN (j <= 2) THEN i WHEN (d < 2.0D) THEN i WHEN b THEN i ELSE 10 END), 0)")).withColumn("c4", expr("isnull(m)")).withColumn("c5", col("c2")).select("id", "c1", "c2", "c3", "c4", "c5").where(((col("c2") <= lit(float("nan"))) | col("c5").isNull()))
OUTPUT_MODE = "append"
