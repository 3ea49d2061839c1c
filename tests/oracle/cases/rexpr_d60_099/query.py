from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("endswith(if(b, '42', 'x-y'), ' ')").alias("c1"), (F.timestamp_millis(F.length(col("t"))) + expr("INTERVAL '1-2' YEAR TO MONTH")).alias("c2"), F.concat_ws("", F.concat_ws("|", F.nullif(col("t"), lit("42")), F.dayofweek(col("dt")).cast("string")), col("t"), col("t")).alias("c3"), F.nvl2(F.left(F.nullif(F.substring(col("s"), -3, 10), lit("é")), lit(1)), F.date_part(lit("WEEK"), F.trunc(F.date_sub(col("dt"), col("i")), "yy")), col("i")).alias("c4"), expr("datediff(ts, 5) AS c5"), expr("abs(round(f, 3))").alias("c6")).filter((col("m") >= lit(-3.10).cast("decimal(3,2)")))
OUTPUT_MODE = "append"
