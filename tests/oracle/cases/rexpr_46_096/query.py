from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.reverse(col("s")).alias("k1"), "s").agg(F.count_if(F.when((col("d") != col("i")), col("b")).when(col("m").isNotNull(), (col("d") <= col("m"))).when(col("b"), lit(True))).alias("a1"), expr("max(s) AS a2"), expr("min(add_months(dt, i)) AS a3"))
OUTPUT_MODE = "update"
