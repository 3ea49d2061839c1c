from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((~F.coalesce(F.nvl2(col("ts"), col("d"), lit(100.0)).try_cast("bigint").isNull(), lit(False)))).withColumn("c1", F.add_months(F.to_date(lit("2025-03-01")), col("i"))).withColumn("c2", ((col("n") != lit(.5).cast("decimal(2,1)")) & lit(False))).withColumn("c3", expr("CASE WHEN c2 THEN c1 ELSE DATE'2023-12-31' END")).withColumn("c4", lit(5).cast("timestamp")).withColumn("c5", ((lit(1) * col("id")) - F.nullif(col("id"), lit(-2).cast("bigint")))).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
