from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("(hex(unhex(nullif(s, ' '))) COLLATE UTF8_BINARY = 'Hello World')").alias("c1"), expr("aes_decrypt(unhex('00112233445566778899AABBCCDDEEFF'), '0123456789abcdef')").alias("c2"), expr("csc(nullif(sqrt(n), 0)) AS c3"), F.when(col("j").isNotNull(), col("dt")).otherwise(F.ifnull(col("dt"), F.to_date(lit("2024-02-29")))).alias("c4")).filter("(ts < TIMESTAMP'2024-03-01 12:30:00.123456')")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id DESC"]
