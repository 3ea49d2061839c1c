from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(m IS NOT NULL)").groupBy("b").agg(F.max(col("d")).alias("a1"), expr("(max((d * d)) - min((d * d))) AS a2"), F.min(col("id")).alias("a3"), expr("(max(datediff(dt, dt)) - min(datediff(dt, dt))) AS a4"))
OUTPUT_MODE = "update"
