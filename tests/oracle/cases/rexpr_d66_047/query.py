from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, t STRING, j INT, d DOUBLE, n DECIMAL(20,0), s STRING, dt DATE, i INT, m DECIMAL(10,2)").load(INPUT)
result = df.select("id", expr("CAST(i AS DECIMAL(12,2))").alias("c1"), expr("CASE WHEN (i > 1) THEN d ELSE (nullif(id, 3L) / nullif(j, 0)) END").alias("c2"), F.datediff(col("dt"), F.make_date(F.year(col("dt")), lit(2), F.least(F.dayofmonth(col("dt")), lit(28)))).alias("c3"))
OUTPUT_MODE = "append"
