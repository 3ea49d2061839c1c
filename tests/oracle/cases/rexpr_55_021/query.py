from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(d <> -1.5D)").groupBy("i").agg(expr("(max(i) - min(i)) AS a1"), expr("(max((- (99.99 + (m * 99.99)))) - min((- (99.99 + (m * 99.99))))) AS a2"), expr("max((id DIV i)) AS a3"))
OUTPUT_MODE = "complete"
