from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, dt DATE, ts TIMESTAMP, s STRING, j INT, i INT, m DECIMAL(18,6), t STRING, d DOUBLE").json(INPUT)
result = df.groupBy("s").agg(expr("round(regr_intercept(i, unix_date(make_date(2024, 1, 1)) + i), 6)").alias("a1"), expr("datediff(max(dateadd(dt, i)), min(dateadd(dt, i))) AS a2"), F.bit_xor(col("i")).alias("a3"), expr("round(corr(pow(m, 2), i), 6) AS a4"))
OUTPUT_MODE = "update"
