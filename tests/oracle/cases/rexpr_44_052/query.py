from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", (col("i") / F.nullif(col("i"), lit(0)))).withColumn("c2", (F.trunc(col("dt"), "WEEK") + expr("INTERVAL 2 YEARS"))).withColumn("c3", expr("datediff(last_day(dt), to_date('2000-01-01'))"))
OUTPUT_MODE = "append"
