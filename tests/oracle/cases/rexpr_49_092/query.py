from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((F.nvl2(col("n"), (col("t") != lit("o")), lit(False)) | (col("id") < lit(1000).cast("bigint")))).groupBy(col("i").alias("k1")).agg(expr("count_if(((d <> 0.1D) AND b)) AS a1"), (F.max(col("m")) - F.min(col("m"))).alias("a2"), F.bool_and(col("b")).alias("a3")).filter("a1 IS NOT NULL").orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
