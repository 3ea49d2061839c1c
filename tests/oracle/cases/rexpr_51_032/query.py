from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(id <> 86400L)").groupBy(F.datediff(F.to_date(lit("2000-01-01")), (col("ts") + expr("INTERVAL 36 HOURS"))).alias("k1")).agg(F.count_if((col("m") != expr("12.345"))).alias("a1"), expr("datediff(max(dt), min(dt)) AS a2"))
OUTPUT_MODE = "update"
