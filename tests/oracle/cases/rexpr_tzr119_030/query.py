spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.last_day(col("dt")).alias("c1"), expr("CAST(d AS INT) AS c2"), expr("flatten(array(array(CAST(convert_timezone('Europe/Paris', CAST(nvl2(n, ts, TIMESTAMP'2024-02-29 00:00:00') AS TIMESTAMP_NTZ)) AS STRING)), CAST(NULL AS ARRAY<STRING>)))").alias("c3"), F.negative(F.sec(col("d"))), expr("arrays_zip(array(shiftright(i, 2), 2), array(CAST(aes_decrypt(aes_encrypt(s, '0123456789abcdef'), '0123456789abcdef') AS STRING)), array())").alias("c5"), expr("zip_with(array(i, 2, 3), array(i, 5), (x, y) -> x * 10 + y)").alias("c6"))
OUTPUT_MODE = "append"
