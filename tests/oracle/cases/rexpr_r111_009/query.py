from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, f FLOAT, d DOUBLE, ts TIMESTAMP, b BOOLEAN, j INT, dt DATE, t STRING, i INT, m DECIMAL(10,2), s STRING").json(INPUT)
result = df.groupBy(col("t").alias("k1"), "b").agg(F.count_if(col("b")).alias("a1"), expr("round(regr_avgy(try_divide(sqrt(m), i), datediff(dt, dt)), 6)").alias("a2"), F.round(F.stddev(lit(3.75)), 6).alias("a3"))
OUTPUT_MODE = "update"
