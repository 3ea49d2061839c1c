from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("array_except(array(hex(hmac('key', greatest(s, s))), t, 'a', 'a'), array('a', NULL))").alias("c1"), expr("try_to_number(base64(aes_encrypt(t, '0123456789abcdef', 'ECB')), '999.99') AS c2"), expr("try_mod(size(split(s, ',')), date_diff(to_date('2024-02-29'), dt))").alias("c3")).filter(F.coalesce((col("s") <= col("t")), lit(True)))
OUTPUT_MODE = "append"
