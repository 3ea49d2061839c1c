from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("s").agg(F.round(F.avg(lit(3.75)), 3).alias("a1"), expr("min(CAST(n AS STRING)) AS a2")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
