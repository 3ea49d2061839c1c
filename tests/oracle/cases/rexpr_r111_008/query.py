from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("sequence(add_months((dt - INTERVAL -10 DAYS), i), date_add(add_months((dt - INTERVAL -10 DAYS), i), 3), INTERVAL 1 DAY)[1]").alias("c1"), F.datediff(col("ts"), F.date_add(F.trunc(F.nvl2((col("s") == lit("42")), col("dt"), F.to_date(lit("2023-12-31"))), "yy"), col("i"))).alias("c2"), F.locate("o", F.format_number(F.unix_millis(col("ts")), 3), 1).alias("c3"), expr("greatest(CAST(aes_decrypt(aes_encrypt(t, '0123456789abcdef'), '0123456789abcdef') AS STRING), schema_of_csv('1,abc,2.5,true'), t) AS c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4 FROM rexpr_q ORDER BY c2 DESC NULLS LAST, id"]
