spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("b AS k1"), col("s").alias("k2")).agg(F.count(F.nvl2(F.try_multiply(lit(None).cast("int"), col("i")), F.unix_timestamp(col("dt")), lit(-2).cast("bigint"))).alias("a1"), F.bool_or((col("b") | col("b"))).alias("a2"), F.round(F.avg(F.nullif(col("i"), lit(-1))), 0).alias("a3"), expr("min(concat_ws(', ', t, least(s, t), t)) AS a4"), expr("max((id / i)) AS a5"))
OUTPUT_MODE = "complete"
