from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("i").agg(expr("count_if(contains(string((dt - INTERVAL 2 YEARS)), '')) AS a1"), F.sum(F.when((col("ts") != col("dt")), col("i")).otherwise(lit(0))).alias("a2"), expr("datediff(max(greatest(dt, dt)), min(greatest(dt, dt))) AS a3"), F.count_if(lit(12).isin(lit(0))).alias("a4"))
OUTPUT_MODE = "update"
