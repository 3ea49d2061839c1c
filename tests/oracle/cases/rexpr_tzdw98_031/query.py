spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((~F.coalesce((~col("b")), lit(False)))).select("id", F.when((col("k") <= lit(86400).cast("bigint")), col("ts")).when((col("k") <= lit(-2).cast("bigint")), col("ts")).when((col("j") == lit(10)), F.to_timestamp(lit("2024-02-29 00:00:00"))).isNotNull().alias("c1"), F.rpad(F.substring(F.when((col("f") >= lit(0.5)), col("s")), 0, 10), 8, " ").alias("c2"))
OUTPUT_MODE = "append"
