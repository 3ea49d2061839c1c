from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("i").agg(F.round(F.avg(F.when((col("d") < lit(0.001)), F.least(col("i"), col("i"), col("i"))).otherwise((col("i") - col("i")))), 3).alias("a1"), F.max(F.least(col("d"), col("d"))).alias("a2"), expr("sum(signum(7)) AS a3"))
OUTPUT_MODE = "complete"
