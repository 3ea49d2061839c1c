from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(5,3), i INT, ts TIMESTAMP, d DOUBLE, dt DATE, s STRING, m DECIMAL(18,6), j INT").json(INPUT)
result = df.select("id", col("dt").cast("int").alias("c1"), expr("date_part('DOY', add_months(dt, i))").alias("c2"), F.floor((col("m") - expr("1.25")), -1).isin(expr("0.001"), expr("0.5")).alias("c3"), (F.when(lit(True), col("m")).otherwise(col("m")) * col("i")).alias("c4"))
OUTPUT_MODE = "append"
