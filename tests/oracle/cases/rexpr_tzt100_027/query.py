spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "m", F.instr(F.least(expr("CAST(TIMESTAMP_NTZ'2024-02-29 23:59:59.999999' + INTERVAL 1 DAY AS STRING)"), col("s")), "a").alias("c1"), expr("CAST(7 AS BIGINT)").alias("c2"), expr("(datediff(dt, dt) + i)").alias("c3"), expr("CAST(((ts + INTERVAL 24 HOURS) + INTERVAL '90' MINUTE) AS DATE)").alias("c4"), F.make_date(lit(2023), F.pmod(col("i"), lit(12)) + lit(1), F.least(F.dayofmonth(col("dt")), lit(28))).alias("c5"))
OUTPUT_MODE = "append"
