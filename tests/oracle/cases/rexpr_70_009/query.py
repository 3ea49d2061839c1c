from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(n IS NOT NULL)").select("id", F.when(col("i").isNull(), F.length(col("s"))).when((col("id") != lit(86400).cast("bigint")), F.size(F.split(F.date_format(F.nullif(col("dt"), F.to_date(lit("2000-01-01"))), "yyyyMMdd"), "[aeiou]"))).when(col("k").isNotNull(), F.greatest(F.nullif(col("i"), lit(1)), lit(1))).otherwise(F.least(col("i"), lit(-1), col("i"))).alias("c1"), expr("CAST((3L + id) AS DOUBLE)"), F.date_format(col("dt"), "Q").alias("c3"))
OUTPUT_MODE = "append"
