from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, ts TIMESTAMP, m DECIMAL(10,2), dt DATE, t STRING, d DOUBLE, k BIGINT, b BOOLEAN, i INT").json(INPUT)
result = df.groupBy(F.nvl(col("d"), lit(100.0)).alias("k1")).agg(F.count((col("i") != lit(3))).alias("a1"), expr("avg(i) AS a2"), expr("count((t IN ('日本'))) AS a3")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
