from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(NOT coalesce(is_valid_utf8(nullif(CAST(timestamp_micros(i) AS STRING), '日本')), false))").selectExpr("id", "t", "nullif((id * 2), 1L) AS c1", "positive(m) AS c2", "CAST(d AS DECIMAL(6,2)) AS c3", "character_length(to_char(encode(printf('%x %o %08d', hour(ts), negative(i), hour(ts)), 'utf-8'), 'hex')) AS c4", "sequence(date_sub(dt, i), date_add(date_sub(dt, i), 2)) AS c5", "inline(array(named_struct('x', i, 'y', t), named_struct('x', 2, 'y', 'b')))").filter((~F.coalesce(F.isnan(col("d")), lit(False))))
OUTPUT_MODE = "append"
