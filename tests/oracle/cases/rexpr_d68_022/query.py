from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.instr(col("s"), "é").alias("k1")).agg(F.round(F.avg(col("i")), 2).alias("a1"), F.count(col("s")).alias("a2"))
OUTPUT_MODE = "update"
