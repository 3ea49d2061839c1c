from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "dt", F.when((col("d") < lit(3.75)), col("f")).alias("c1"), lit(.001).cast("decimal(4,3)").eqNullSafe(col("i")).alias("c2"), F.to_date(F.date_format(F.to_date(F.date_format(col("dt"), "yyyy-MM-dd"), "yyyy-MM-dd"), "yyyyMMdd"), "yyyyMMdd").alias("c3"), F.pmod(F.weekday(F.when(col("b"), col("dt")).when(col("b"), (col("dt") - expr("INTERVAL 1 MONTH"))).otherwise(col("dt"))), F.nullif(F.dayofyear(col("dt")), lit(0))).alias("c4"), expr("date_trunc('DAY', (ts - INTERVAL 1 DAY))").alias("c5")).filter("(i IS NOT NULL)")
OUTPUT_MODE = "append"
