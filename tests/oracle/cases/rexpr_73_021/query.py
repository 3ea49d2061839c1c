from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(col("j").isNotNull()).withColumn("c1", F.when(col("b"), (F.when(col("b"), col("m")).otherwise(col("m")) - col("m"))).when(F.sha2(col("t"), 0).isNotNull(), expr("12.345")).when((col("j") != lit(2)), col("m")).otherwise(col("m"))).withColumn("c2", expr("(try_to_date(t) - INTERVAL 1 DAY)")).withColumn("c3", F.add_months(F.to_date(lit("2024-02-29")), col("i"))).withColumn("c4", F.greatest(F.when(col("b"), col("id")).when((col("i") <= lit(1)), col("id")).otherwise(col("id")), F.pmod(col("id"), F.nullif(col("j"), lit(0))), expr("(id DIV nullif(j, 0))"))).withColumn("c5", expr("nullif(t, ' ')")).select("id", "c1", "c2", "c3", "c4", "c5").filter("(b OR (d <= -1.5D))")
OUTPUT_MODE = "append"
