from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.least(F.nullif(col("n"), expr("1.25")), F.round(col("m"), -1), F.greatest(col("n"), col("m"), lit(.5).cast("decimal(2,1)"))).alias("c1"), expr("nullif(86400L, -2L)"), expr("(id * 1)"), F.next_day((col("dt") + expr("INTERVAL 2 YEARS")), "SUN").alias("c4"), F.from_unixtime((lit(5) * col("id")), "yyyy-MM-dd HH:mm:ss").try_cast("decimal(20,0)").alias("c5")).filter("(startswith('', 'a') OR (id IS NOT NULL))")
OUTPUT_MODE = "append"
