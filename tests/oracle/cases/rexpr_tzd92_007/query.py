spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "f", (F.try_add(expr("0.5"), col("n")) * F.round(col("n"), -1)), F.greatest(col("s"), col("s")).alias("c2"), expr("CASE WHEN (length(s) IN (-1)) THEN 0.1D WHEN b THEN months_between(dt, TIMESTAMP'1999-12-31 23:59:59.999') WHEN b THEN d END").alias("c3"), expr("((d IS NOT NULL) AND ((id <= 1L) < (t >= '日本')))").alias("c4"))
OUTPUT_MODE = "append"
