from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT d AS k1, bit_xor(i) AS a1, bit_and(shiftright(datediff(dt, dt), 33)) AS a2, (max(12.345) - min(12.345)) AS a3, max(aes_decrypt(unhex('00112233445566778899AABBCCDDEEFF'), '0123456789abcdef')) AS a4 FROM src GROUP BY k1")
OUTPUT_MODE = "complete"
