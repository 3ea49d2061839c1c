from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(d < CAST('NaN' AS DOUBLE))").groupBy((col("i") * lit(2.0)).alias("k1")).agg(F.round(F.avg(F.when((col("f") == lit(3.75)), col("i")).otherwise(lit(1))), 2).alias("a1"), expr("percentile_disc(0.25) WITHIN GROUP (ORDER BY d) AS a2"))
OUTPUT_MODE = "complete"
