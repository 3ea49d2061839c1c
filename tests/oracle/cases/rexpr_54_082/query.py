from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, k BIGINT, b BOOLEAN, d DOUBLE, dt DATE, s STRING, n DECIMAL(4,1), m DECIMAL(38,10), i INT, ts TIMESTAMP, j INT").load(INPUT)
result = df.groupBy((F.substr(col("s"), lit(0), lit(0)) < col("s")).alias("k1")).agg(expr("(max(ceil(n)) - min(ceil(n))) AS a1"), expr("min(last_day(dt)) AS a2"), F.count_if(col("b")).alias("a3"), F.count_if((~col("b"))).alias("a4")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
