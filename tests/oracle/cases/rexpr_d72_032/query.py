from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(ifnull(startswith(t, 'o'), true) OR (d IS NULL))").groupBy((col("t").isNotNull() | F.isnan(col("d"))).alias("k1"), expr("trunc(dt, 'YEAR') AS k2")).agg(expr("sum(CAST((t <= 'abc') AS BIGINT)) AS a1"), F.sum(lit(float("nan"))).alias("a2"), expr("max(d) AS a3"), (F.max(expr("99.99")) - F.min(expr("99.99"))).alias("a4"))
OUTPUT_MODE = "complete"
