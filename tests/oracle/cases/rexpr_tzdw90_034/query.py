spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (col("m") / F.nullif(F.when(col("b"), col("i")).otherwise(F.pmod(lit(3), lit(10))), lit(0))).alias("c1"), expr("hypot(least(abs(('-1' * CAST(m AS DOUBLE))), d, (i * d)), months_between(ts, greatest(ts, ts, ts))) AS c2"))
OUTPUT_MODE = "append"
