from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, k BIGINT, s STRING, ts TIMESTAMP, t STRING, dt DATE, d DOUBLE, m DECIMAL(7,0), i INT").load(INPUT)
result = df.groupBy("t").agg(expr("avg((- bround(m, 3))) AS a1"), F.min(F.get(F.split(lit(None).cast("string"), "  *"), 2)).alias("a2"))
OUTPUT_MODE = "update"
