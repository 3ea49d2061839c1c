from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", (((col("i") % lit(-4)) / lit(7)) != col("i"))).withColumn("c2", F.date_trunc("MONTH", F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).withColumn("c3", (lit(5) * col("i"))).withColumn("c4", (F.to_timestamp(lit("2024-02-29 00:00:00")) + expr("INTERVAL '1-2' YEAR TO MONTH"))).drop("j", "d", "m", "n", "s", "dt").filter((~F.coalesce(col("j").cast("boolean"), lit(False))))
OUTPUT_MODE = "append"
