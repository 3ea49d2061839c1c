spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.where((~F.coalesce((F.cos(col("i")) == F.nullif(col("id"), lit(-2).cast("bigint"))), lit(False)))).createOrReplaceTempView("src")
result = spark.sql("SELECT s, sum(nullif(abs((id / nullif(d, 0))), 2.0D)) AS a1, max(radians(try_subtract(d, d))) AS a2 FROM src GROUP BY s")
OUTPUT_MODE = "update"
