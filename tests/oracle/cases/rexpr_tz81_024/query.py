spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, t STRING, b BOOLEAN, ts TIMESTAMP, d DOUBLE, m DECIMAL(18,6), j INT, i INT, n DECIMAL(4,1), dt DATE").load(INPUT)
result = df.filter(F.coalesce(F.isnan(expr("CASE j WHEN 3 THEN d WHEN 5 THEN d END")), lit(True))).select("id", F.when(col("b"), ((F.nvl2((col("n") != lit(-3.10).cast("decimal(3,2)")), col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))) - expr("INTERVAL 1 MONTH")) - expr("INTERVAL 1 DAY"))).otherwise(F.to_timestamp(lit("2024-02-29 00:00:00"))).alias("c1"), expr("ceil(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END) AS c2"), ((F.months_between(col("ts"), col("ts")) + (-F.year(F.to_date(lit("2025-03-01"))))) + (lit(-1) % lit(2))).alias("c3"), F.when(col("b"), col("dt")).when(col("b"), col("dt")).when(col("b"), col("dt")).otherwise(col("dt")).alias("c4"), expr("day((dt + INTERVAL -10 DAYS))").alias("c5")).filter("(NOT coalesce((d BETWEEN 0.5D AND -1.5D), false))")
OUTPUT_MODE = "append"
