from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(expr("map_from_entries(array(struct(1, base64(aes_encrypt(s, 'abcdefghijklmnop12345678', 'GCM', 'DEFAULT', unhex('000000000000000000000000'), 'aad'))), struct(2, 'two')))").alias("c1"), expr("format_number(factorial(abs(datediff(DATE'2000-01-01', ts)) % 25), 0) AS c2"))
OUTPUT_MODE = "append"
