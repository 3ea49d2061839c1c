spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(20,0), i INT, m DECIMAL(10,2), j INT, dt DATE, ts TIMESTAMP, d DOUBLE, s STRING").load(INPUT)
result = df.select("id", F.when((F.isnan(F.try_divide(col("i"), lit(3.75))) & col("n").isNotNull()), col("dt")).when((col("dt") == F.to_date(lit("2024-02-29"))), F.to_date(lit("2000-01-01"))).when((lit(True) & (col("d") <= lit(-1.5))), col("dt")).alias("c1"), expr("(i + i)").alias("c2"), expr("nullif(date_trunc('WEEK', date_trunc('QUARTER', ts)), TIMESTAMP'2024-02-29 00:00:00')").alias("c3")).where(F.coalesce((F.substring(col("s"), -3, 3) != col("s")), lit(True)))
OUTPUT_MODE = "append"
