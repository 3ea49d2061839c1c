from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("dt").agg(F.count_if(col("b")).alias("a1"), expr("min((coalesce(ts, TIMESTAMP'1999-12-31 23:59:59.999') - INTERVAL '1 02:03:04.000005' DAY TO SECOND)) AS a2"), F.avg(F.round(col("i").cast("double"), 2)).alias("a3"))
OUTPUT_MODE = "update"
