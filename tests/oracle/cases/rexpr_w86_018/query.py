from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("coalesce(((i - i) IN (-1)), true)").select("id", expr("date_add((dt + INTERVAL 1 MONTH), nvl2(k, i, 0))").alias("c1"), expr("(s IS NULL)").alias("c2"))
OUTPUT_MODE = "append"
