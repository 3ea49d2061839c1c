from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("CAST(make_timestamp_ntz(2024, abs(i) % 12 + 1, 29, 10, 30, 45.5) AS STRING)"), col("s").try_cast("bigint").alias("c2"), expr("from_json(s, 'a INT, b ARRAY<STRING>')"), F.nullifzero((lit(12.345).cast("decimal(5,3)") / F.nullif(F.getbit(F.abs(col("i")) % 100, lit(0)), lit(0)))).alias("c4"), F.posexplode_outer(F.array_remove(F.array(col("s"), lit('x')), 'x')), F.substring(expr("to_char(encode(CAST(binary(s) AS STRING), 'utf-8'), 'base64')"), -3, 10).alias("c6"))
OUTPUT_MODE = "append"
