from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(col("s").alias("k1")).agg(F.sum((col("id") + col("d"))).alias("a1"), expr("round(avg(ceil(m)), 2) AS a2"), expr("(max(ifnull(nullif(d, 2.0D), 0.1D)) - min(ifnull(nullif(d, 2.0D), 0.1D))) AS a3")).filter("a1 IS NOT NULL").orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
