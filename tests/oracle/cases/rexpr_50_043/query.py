from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.greatest(col("d"), col("d")).alias("c1"), F.hash(col("s").try_cast("boolean"), col("i").cast("timestamp")).alias("c2"), F.add_months(F.least(col("dt"), F.date_sub(col("dt"), lit(2)), col("dt")), col("i")).alias("c3")).filter("((dt <= ts) OR (k IS NULL))")
OUTPUT_MODE = "append"
