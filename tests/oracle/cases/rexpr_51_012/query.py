from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(col("dt").isNull().alias("k1")).agg(expr("sum(CASE WHEN ((i > 1) IS NULL) THEN m ELSE 0 END) AS a1"), expr("count(CAST(isnull(ts) AS DOUBLE)) AS a2"), expr("max(CAST(d AS STRING)) AS a3"), F.min(F.when((col("m") >= expr("0.5")), col("m"))).alias("a4"))
OUTPUT_MODE = "update"
