from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(col("d").isNotNull()).select("id", F.next_day(F.greatest(F.to_date(lit("2024-02-29")), col("dt")), "wednesday").alias("c1"), F.floor(F.when(col("b"), col("n")).when(col("i").cast("boolean"), col("n")).otherwise(F.nullif(col("m"), expr("0.5")))).alias("c2"), expr("least(t, s, t)").alias("c3"), expr("isnull(try_to_timestamp(s))").alias("c4"))
OUTPUT_MODE = "append"
