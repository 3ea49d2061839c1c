from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("i").agg(expr("count_if((n <= (i * 2))) AS a1"), F.round(F.avg(F.tanh(col("d"))), 3).alias("a2"))
OUTPUT_MODE = "complete"
