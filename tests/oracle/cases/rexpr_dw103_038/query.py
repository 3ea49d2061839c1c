from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.when(col("b"), col("j")).otherwise(col("j")).alias("k1")).agg(F.max(F.date_trunc("DAY", col("ts"))).alias("a1"), expr("round(avg(d), 3) AS a2"))
OUTPUT_MODE = "update"
