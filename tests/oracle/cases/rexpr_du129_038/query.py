from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(array_min(array(i, i, CAST(NULL AS INT))) + (d * i))")).withColumn("c2", F.power(col("s"), lit(2))).withColumn("c3", expr("make_timestamp(year(dt), month(dt), dayofmonth(dt), 0, 30, 0)")).withColumn("c4", expr("collation(concat(s, t, 'x-y'))"))
OUTPUT_MODE = "append"
