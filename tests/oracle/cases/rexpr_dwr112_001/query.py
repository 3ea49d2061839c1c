from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(F.coalesce(F.bitmap_bit_position(F.array_min(F.array(col("i"), col("i"), lit(None).cast('int')))).eqNullSafe((col("id") / lit(7.0))), lit(True))).select("id", expr("sentences(s) AS c1"), F.date_trunc("yyyy", F.nullif(col("ts"), F.to_timestamp(lit("1999-12-31 23:59:59.999"))))).where("(n > -3.10)")
OUTPUT_MODE = "append"
