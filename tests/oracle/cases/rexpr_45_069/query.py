from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, s STRING, dt DATE, m DECIMAL(18,6), k BIGINT, ts TIMESTAMP, b BOOLEAN, i INT, t STRING, d DOUBLE, n DECIMAL(5,3)").load(INPUT)
result = df.groupBy("i", (col("i") * lit(5)).alias("k2")).agg(F.round(F.avg(col("n")), 0).alias("a1"), expr("round(avg((i - i)), 2) AS a2"), expr("min((m % nullif(m, 0))) AS a3"))
OUTPUT_MODE = "update"
