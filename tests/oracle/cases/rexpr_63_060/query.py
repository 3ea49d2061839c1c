from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.when(col("b"), lit(0.5)).otherwise(col("d")).alias("c1"), expr("CASE WHEN CAST(CASE WHEN (m > 1.25) THEN i ELSE i END AS BOOLEAN) THEN nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999') ELSE ts END").alias("c2"), expr("(repeat(s, 0) != date_format(dt, 'yyyy-MM-dd HH:mm:ss.SSS'))"))
OUTPUT_MODE = "append"
