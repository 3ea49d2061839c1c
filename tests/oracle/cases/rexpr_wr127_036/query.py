from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, k BIGINT, j INT, ts TIMESTAMP, s STRING, dt DATE, m DECIMAL(10,2), t STRING, i INT, n DECIMAL(5,3), d DOUBLE, b BOOLEAN").json(INPUT)
result = df.select("id", "n", expr("(zeroifnull(m) / nullif(m, 0))").alias("c1"), expr("coalesce(d, 2.0D)").alias("c2"), expr("sentences('Hello there. How are you? ' || CAST(try_aes_decrypt(unhex(concat(CAST(1.25 AS STRING), concat_ws('|', CAST(i AS STRING), CAST(i AS STRING), t))), '0123456789abcdef') AS STRING), 'en', 'US')").alias("c3"), col("i").isNotNull().alias("c4"), F.unix_seconds(expr("to_timestamp_ltz(CAST(greatest(dt, DATE'2025-03-01') AS STRING))")).alias("c5")).where(F.coalesce((lit(3.75) > col("d")), lit(True)))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1 FROM rexpr_q ORDER BY n DESC NULLS LAST, id DESC"]
