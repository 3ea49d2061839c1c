from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy((F.pmod(col("i"), F.nullif(col("i"), lit(0))) - col("i")).alias("k1")).agg((F.max(col("d")) - F.min(col("d"))).alias("a1"), F.count_if(col("t").startswith("a")).alias("a2"), F.max(lit(3.75)).alias("a3")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
