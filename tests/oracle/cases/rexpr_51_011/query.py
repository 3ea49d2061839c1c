from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.make_date(lit(2023), lit(12), F.least(F.dayofmonth(col("dt")), lit(28))), F.when((col("b") | lit(True)), col("k")).when(expr("0.5").between(lit(.5).cast("decimal(2,1)"), lit(1.25).cast("decimal(3,2)")), F.crc32(col("s"))).otherwise(col("k")).alias("c2"))
OUTPUT_MODE = "append"
