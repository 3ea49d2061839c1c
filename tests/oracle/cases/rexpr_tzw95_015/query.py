spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, n DECIMAL(9,5), t STRING, d DOUBLE, i INT, s STRING, ts TIMESTAMP, dt DATE, m DECIMAL(18,6)").json(INPUT)
result = df.where((F.lower(col("s")).rlike("[0-9]+") | (col("d") <= lit(0.1)))).select("id", (F.round(F.when(lit(False), col("d")).when((col("dt") > F.to_date(lit("2000-01-01"))), col("d")).when((col("s") < lit("é")), col("d")).otherwise(lit(0.1)), 2) + col("d")).alias("c1"), F.when(F.nvl2((col("m") <= lit(99.99).cast("decimal(4,2)")), (col("dt") > F.to_date(lit("2025-03-01"))), lit(True)), col("dt")).otherwise(col("dt")).alias("c2"), expr("((round(m, 2) / nullif(m, 0)) / nullif(-3.10, 0)) AS c3"), expr("(id DIV 2) AS c4"), expr("format_number(signum((d * i)), 0)").alias("c5"))
OUTPUT_MODE = "append"
