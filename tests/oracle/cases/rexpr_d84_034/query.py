from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy((col("b") & col("b").isNotNull()).alias("k1")).agg(F.count_if((col("ts") > col("dt"))).alias("a1"), expr("count_if(true) AS a2"), expr("max(ts) AS a3"), expr("count_if((NOT b)) AS a4")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
