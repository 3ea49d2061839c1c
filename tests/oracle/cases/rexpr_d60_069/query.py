from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((F.when((col("s") >= lit("abc")), col("f").isNotNull()).otherwise(col("ts").isNotNull()) | (col("ts") < F.to_timestamp(lit("2024-03-01 12:30:00.123456"))))).withColumn("c1", F.date_trunc("QUARTER", col("ts"))).withColumn("c2", (F.when((col("ts") != F.to_timestamp(lit("1999-12-31 23:59:59.999"))), col("ts")) - expr("INTERVAL -3 DAYS"))).withColumn("c3", col("dt").cast("timestamp")).withColumn("c4", expr("nullif(nvl(try_to_timestamp(t), TIMESTAMP'2024-02-29 00:00:00'), TIMESTAMP'1999-12-31 23:59:59.999')")).withColumn("c5", expr("round(coalesce((m - (m / nullif(m, 0))), 0.5), 1)")).drop("i", "j", "d", "f", "m", "s", "t", "dt", "ts").filter((~F.coalesce(col("t").isNotNull(), lit(False))))
OUTPUT_MODE = "append"
