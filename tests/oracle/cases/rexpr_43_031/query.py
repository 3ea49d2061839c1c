from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.when(lit("2024-02-29").ilike("%"), F.make_date(F.year(col("dt")), F.pmod(col("i"), lit(12)) + lit(1), lit(28))).otherwise(F.trunc(F.date_add(col("dt"), col("i")), "Q")).alias("c1"), F.when(F.when((col("m") < expr("100BD")), lit(0)).when((col("dt") <= F.to_date(lit("2024-02-29"))), col("i")).when((col("d") == lit(0.1)), col("i")).otherwise(col("i")).isin(lit(5), lit(-1), lit(-1)), F.next_day(col("dt"), "wednesday")).when((col("s") == lit("42")), F.to_date(lit("2025-03-01"))).when(lit(False), col("dt")).alias("c2"), F.try_to_date(col("s")).alias("c3"), expr("(100.0D * id)").alias("c4"))
OUTPUT_MODE = "append"
