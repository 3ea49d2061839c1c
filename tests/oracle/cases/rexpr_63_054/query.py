from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "s", F.coalesce(F.least(lit(3).cast("bigint"), col("id"), col("id")), lit(0).cast("bigint")).alias("c1"), F.coalesce(col("d"), lit(100.0)).alias("c2"), expr("year(i) AS c3"), expr("(TRY_CAST(d AS DECIMAL(10,4)) / nullif((i - (i - i)), 0)) AS c4")).filter("(coalesce(b, (NOT b), false) OR (f IS NULL))")
OUTPUT_MODE = "append"
