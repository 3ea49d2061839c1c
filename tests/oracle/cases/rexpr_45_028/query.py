from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select((col("m") - (col("i") - col("m"))).alias("c1"), expr("signum(CASE WHEN (f IS NOT NULL) THEN 0.001 WHEN (i < 3) THEN m WHEN b THEN m ELSE m END) AS c2"), (col("i") * lit(2)).alias("c3"))
OUTPUT_MODE = "append"
