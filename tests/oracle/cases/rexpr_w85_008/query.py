from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("to_timestamp(date_format((to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss') + INTERVAL '1 02:03:04.000005' DAY TO SECOND), 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm')")).withColumn("c2", (col("i") >= F.datediff(col("dt"), col("ts")))).select("id", "c1", "c2")
OUTPUT_MODE = "append"
