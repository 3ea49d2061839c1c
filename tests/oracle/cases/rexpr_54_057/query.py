from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.greatest(F.when(lit(False), col("ts")).otherwise(col("ts")), F.to_date(lit("2023-12-31")).cast("timestamp"), F.when((col("dt") <= F.to_date(lit("2000-01-01"))), col("ts")).otherwise(F.to_timestamp(lit("1999-12-31 23:59:59.999"))))).withColumn("c2", F.crc32(F.regexp_replace(F.try_element_at(F.split(col("s"), " "), lit(-1)), "[0-9]+", "#"))).withColumn("c3", expr("sqrt(j)")).withColumn("c4", expr("CAST(try_to_timestamp(s) AS DATE)")).withColumn("c5", expr("0.5"))
OUTPUT_MODE = "append"
