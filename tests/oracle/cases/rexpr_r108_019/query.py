from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("coalesce(is_valid_utf8(s), true)").select("id", expr("CAST(nullifzero(bitmap_bit_position(date_diff(dt, dt))) AS DOUBLE) AS c1"), expr("is_valid_utf8(concat_ws(', ', 'Hello', t)) AS c2"), (lit(-1) * col("id")).alias("c3"))
OUTPUT_MODE = "append"
