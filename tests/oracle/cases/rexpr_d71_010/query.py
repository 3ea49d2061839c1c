from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, s STRING, t STRING, dt DATE, d DOUBLE, j INT, b BOOLEAN, n DECIMAL(5,3), m DECIMAL(38,10), i INT").load(INPUT)
result = df.select(F.date_from_unix_date(F.dayofyear(F.add_months(F.date_add(col("dt"), col("i")), col("i")))).alias("c1"), expr("(n * n)").alias("c2"), F.second(F.greatest(col("ts"), F.to_timestamp(lit("1999-12-31 23:59:59.999")), col("ts"))).cast("string").alias("c3"))
OUTPUT_MODE = "append"
