from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, k BIGINT, b BOOLEAN, m DECIMAL(38,10), s STRING, ts TIMESTAMP, dt DATE, d DOUBLE, i INT, t STRING, j INT, f FLOAT").json(INPUT)
result = df.where("((try_mod(3, i) IS NOT NULL) OR (j <> 10))").groupBy(F.nullifzero(lit(3)).alias("k1"), F.hex(F.unhex(F.hex(F.try_to_binary(lit("42"), lit('hex'))))).alias("k2")).agg(expr("substr(hex(bitmap_and_agg(unhex(lpad(hex(abs(size(split(CAST(try_aes_decrypt(unhex(s), '0123456789abcdef') AS STRING), ' '))) % 256), 4, 'F')))), 1, 24)").alias("a1"), expr("round(var_pop((i + 5)), 6) AS a2"), F.percentile_approx(F.dayofmonth(col("dt").cast("timestamp")), 0.5).alias("a3"))
OUTPUT_MODE = "update"
