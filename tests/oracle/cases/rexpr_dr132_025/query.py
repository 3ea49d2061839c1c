from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(10,2), d DOUBLE, n DECIMAL(9,5), ts TIMESTAMP, j INT, t STRING, i INT, dt DATE, s STRING").json(INPUT)
result = df.select("id", expr("base64(aes_encrypt(t, '0123456789abcdef', 'ECB'))"), F.map_filter(F.create_map(lit('a'), F.position(col("t"), col("t"), lit(2)), lit('b'), (col("i") * lit(0)), lit('c'), lit(0)), lambda k, v: (v > 0) | (k == 'c')).alias("c2"), expr("map_from_entries(array(struct(CAST(array_size(slice(array(regexp_instr(s, '([a-z])([a-z])', 2), least(zeroifnull(i), i), 3, 4), -2, 5)) AS INT), t), struct(2, 'two')))").alias("c3"), expr("nullif(date_trunc('HOUR', ts), TIMESTAMP'2024-03-01 12:30:00.123456')")).filter((col("j") != lit(10)))
OUTPUT_MODE = "append"
