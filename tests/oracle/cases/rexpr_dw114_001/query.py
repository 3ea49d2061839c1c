from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, ts TIMESTAMP, s STRING, dt DATE, n DECIMAL(9,5), d DOUBLE, i INT, b BOOLEAN, m DECIMAL(10,2), k BIGINT").json(INPUT)
result = df.select("id", "dt", expr("CAST(dayofmonth(date_add(dt, i)) AS BIGINT) AS c1"), col("id").cast("double").alias("c2"), expr("(i - id)").alias("c3"), expr("date_trunc('yyyy', nullif(greatest(TIMESTAMP'2024-02-29 00:00:00', ts, ts), TIMESTAMP'1999-12-31 23:59:59.999')) AS c4"), F.trunc(F.make_date(lit(2023), F.pmod(col("i"), lit(12)) + lit(1), lit(1)), "YEAR").alias("c5")).filter(F.coalesce((~(col("dt") >= F.to_date(lit("2000-01-01")))), lit(True)))
OUTPUT_MODE = "append"
