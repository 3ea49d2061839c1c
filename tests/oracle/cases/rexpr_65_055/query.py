from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((F.when(col("b"), col("b")).when(col("b"), col("b")).when((col("ts") > F.to_timestamp(lit("1999-12-31 23:59:59.999"))), (col("d") >= lit(0.001))).otherwise(col("n").isNotNull()) | col("n").isNotNull())).withColumn("s", F.date_format(F.to_timestamp(lit("2024-03-01 12:30:00.123456")), "yyyy-MM-dd")).withColumn("s", F.concat(col("s"), F.to_date(lit("2025-03-01")).cast("string"))).withColumn("c3", lit(-1.5).between(lit(3.75), lit(0.1))).withColumn("c4", expr("((i + m) / nullif(((i * m) - month(dt)), 0))")).select("id", "c3", "c4")
OUTPUT_MODE = "append"
