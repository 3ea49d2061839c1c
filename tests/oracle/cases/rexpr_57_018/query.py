from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, s STRING, dt DATE, i INT, m DECIMAL(7,0), b BOOLEAN, ts TIMESTAMP, d DOUBLE").json(INPUT)
result = df.select("id", (F.to_date(F.date_format(col("dt"), "dd/MM/yyyy"), "dd/MM/yyyy") - expr("INTERVAL 2 YEARS")).alias("c1"), F.isnan((-col("d"))).alias("c2"), expr("unix_timestamp(to_date(date_format(greatest(dt, DATE'2025-03-01'), 'dd/MM/yyyy'), 'dd/MM/yyyy')) AS c3"), col("ts").cast("double").alias("c4"), F.make_date(lit(2024), col("i"), lit(1)).alias("c5"))
OUTPUT_MODE = "append"
