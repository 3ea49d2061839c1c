from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.when(col("t").isNotNull(), F.add_months(F.add_months(F.add_months(col("dt"), lit(-1)), col("i")), col("i"))).otherwise(F.to_timestamp(lit("2024-02-29 00:00:00")).cast("date"))).withColumn("c2", expr("CAST((j IS NOT NULL) AS INT)")).withColumn("n", expr("(TRY_CAST(0.001D AS DECIMAL(10,4)) / 2)")).withColumn("c4", F.locate("l", F.sha2(col("s"), 224), 2)).withColumn("c5", F.when(lit(False), col("dt")).when(lit(False), col("dt")).when(lit(False), F.to_date(lit("2023-12-31"))))
OUTPUT_MODE = "append"
