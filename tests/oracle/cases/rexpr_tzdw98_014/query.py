spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(col("t").alias("k1"), expr("pmod(i, 7) AS k2")).agg(F.sort_array(F.collect_set((lit(2) * lit(10)))).alias("a1"), expr("max((0 + i)) AS a2"))
OUTPUT_MODE = "complete"
