from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.sequence(F.to_date(lit("2024-02-29")), F.date_add(F.to_date(lit("2024-02-29")), 2))).withColumn("c2", F.greatest((col("m") * col("m")), col("m"))).withColumn("c3", expr("zip_with(array((1 + (10 + i)), 2, 3), array(ascii(char(tinyint(abs(i) % 100))), 5), (x, y) -> x * 10 + y)")).withColumn("c4", F.try_mod(expr("1.25"), lit(-3.10).cast("decimal(3,2)"))).withColumn("i", expr("base64(aes_encrypt(repeat(s, -1), 'abcdefghijklmnop12345678', 'GCM', 'DEFAULT', unhex('000000000000000000000000'), 'aad'))").try_cast("int"))
OUTPUT_MODE = "append"
