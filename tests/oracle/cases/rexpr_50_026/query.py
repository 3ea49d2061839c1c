from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, j INT, i INT, ts TIMESTAMP, n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, m DECIMAL(10,2), d DOUBLE, t STRING").json(INPUT)
result = df.select("id", F.least(F.when(col("b"), col("dt")).when((col("ts") == F.to_timestamp(lit("1999-12-31 23:59:59.999"))), F.date_add(col("dt"), lit(10))).otherwise(F.to_date(lit("2023-12-31"))), col("dt")).alias("c1"), (F.md5(F.array_join(F.split(lit("2024-02-29"), ","), "-")) != F.when((col("b") & lit(True)), col("t")).otherwise(col("s"))).alias("c2")).filter(((~lit("x-y").isin(lit("2024-02-29"), lit("日本"))) | (~F.coalesce(col("c2"), lit(False)))))
OUTPUT_MODE = "append"
