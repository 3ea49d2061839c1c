from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("crc32(t)")).withColumn("c2", (col("i") + col("i")).try_cast("decimal(6,3)")).withColumn("d", F.sinh(expr("('-1' * CAST((d * d) AS DOUBLE))"))).withColumn("c4", expr("least(CAST(i AS DOUBLE), d, d)")).withColumn("c5", F.when((col("s") <= lit("a")), F.make_date(lit(2023), F.pmod(col("i"), lit(12)) + lit(1), lit(28))).otherwise(F.coalesce(col("dt"), col("dt"), F.to_date(lit("2024-02-29"))))).select("id", "c1", "c2", "c4", "c5")
OUTPUT_MODE = "append"
