from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, t STRING, dt DATE, d DOUBLE, ts TIMESTAMP, i INT, k BIGINT, s STRING, m DECIMAL(10,2), n DECIMAL(20,0), b BOOLEAN").json(INPUT)
result = df.groupBy((col("b") & (col("d") == lit(-1.5))).alias("k1")).agg(expr("min((- m)) AS a1"), expr("max(t) AS a2"), F.avg(col("i")).alias("a3"))
OUTPUT_MODE = "update"
