from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(contains(s, 'a') OR (3L IS NULL))").groupBy("t").agg(expr("max((0 * i)) AS a1"), expr("(max(m) - min(m)) AS a2"))
OUTPUT_MODE = "complete"
