spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, ts TIMESTAMP, dt DATE, t STRING, b BOOLEAN, s STRING, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1)").json(INPUT)
result = df.withColumn("c1", F.when(F.nvl2(F.array_contains(F.split(col("s"), ","), "o"), F.mask(col("t")).isin(lit("abc"), lit("x-y")), lit(True)), col("id")).when(col("b"), col("id")).when(col("b"), col("id")).otherwise(col("id"))).withColumn("c2", expr("CAST(last_day(dt) AS STRING)")).select("id", "c1", "c2")
OUTPUT_MODE = "append"
