from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, i INT, k BIGINT, b BOOLEAN, d DOUBLE, dt DATE, ts TIMESTAMP, m DECIMAL(10,2)").load(INPUT)
result = df.groupBy("dt").agg(expr("count(round(d, 1)) AS a1"), F.max(F.last_day(col("dt"))).alias("a2"), expr("bool_and((b AND b)) AS a3"))
OUTPUT_MODE = "update"
