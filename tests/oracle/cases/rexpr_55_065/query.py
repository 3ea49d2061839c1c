from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("b") | col("dt").isNull())).groupBy("dt").agg(F.count_if(col("s").startswith("H")).alias("a1"), F.count_if((F.bround(col("m"), -1) == col("i"))).alias("a2"), expr("avg((86400L DIV nullif(i, 0))) AS a3"))
OUTPUT_MODE = "complete"
