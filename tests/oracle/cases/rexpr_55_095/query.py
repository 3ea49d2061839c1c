from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, ts TIMESTAMP, i INT, b BOOLEAN, t STRING, d DOUBLE, j INT, s STRING, m DECIMAL(12,4), f FLOAT").load(INPUT)
result = df.groupBy("t").agg(expr("max(to_date(date_format(dt, 'yyyyMMdd'), 'yyyyMMdd')) AS a1"), F.round(F.avg(F.when(col("t").try_cast("boolean"), (col("i") * col("m"))).otherwise(lit(100).cast("decimal(3,0)"))), 3).alias("a2"), expr("count_if(coalesce((i >= m), false)) AS a3"), expr("min(CASE WHEN (f <= j) THEN (0 * id) ELSE id END) AS a4"))
OUTPUT_MODE = "update"
