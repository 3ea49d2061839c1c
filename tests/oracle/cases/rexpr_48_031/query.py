from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("i").agg(F.round(F.avg((lit(1000).cast("bigint") * F.nullif(col("d"), lit(0.5)))), 2).alias("a1"), expr("count_if((id IS NOT NULL)) AS a2"))
OUTPUT_MODE = "update"
