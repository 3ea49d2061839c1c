from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy((lit(10) - col("i")).alias("k1"), expr("(i <= 5) AS k2")).agg(expr("bool_or((t != 'x-y')) AS a1"), expr("count_if((d IS NOT NULL)) AS a2"), F.avg((col("i") * lit(1))).alias("a3"), expr("max(split(s, ' ')[2]) AS a5"), F.bool_or(col("b")).alias("a4"))
OUTPUT_MODE = "update"
