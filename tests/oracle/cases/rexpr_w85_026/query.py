from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, n DECIMAL(5,3), i INT, d DOUBLE, ts TIMESTAMP, t STRING, j INT, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE").load(INPUT)
result = df.select("id", expr("CASE WHEN isnan(d) THEN CASE sha1(s) WHEN 'o' THEN d ELSE d END ELSE (CASE WHEN b THEN d WHEN (d < 2.0D) THEN d ELSE 0.5D END * d) END").alias("c1"), expr("to_date(date_format(dt, 'yyyy-MM-dd'), 'yyyy-MM-dd')"), expr("sqrt(dt)").alias("c3"), F.log(10.0, (col("i") + (col("m") / F.nullif(col("i"), lit(0))))).alias("c4"))
OUTPUT_MODE = "append"
