spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("((k <= 7) OR (s <= ' '))").groupBy(F.left(col("s"), lit(1)).alias("k1")).agg(F.count(F.round(lit(12.345).cast("decimal(5,3)"), -1)).alias("a1"), F.sum(F.hypot(col("i"), col("d"))).alias("a2"), F.max(col("i")).alias("a3"))
OUTPUT_MODE = "update"
