from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy((F.size(F.split(col("s"), " ")) + F.nullif(lit(3), lit(1))).alias("k1")).agg(F.min(col("d")).alias("a1"), expr("max((i * n)) AS a2"), expr("round(avg(i), 0) AS a3"))
OUTPUT_MODE = "update"
