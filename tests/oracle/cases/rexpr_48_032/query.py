from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy((col("i") % F.nullif(col("i"), lit(0))).alias("k1")).agg(F.count_if(F.array_join(F.split(col("s"), ","), "-").contains("é")).alias("a1"), expr("round(avg((-1 * i)), 3) AS a2"))
OUTPUT_MODE = "update"
