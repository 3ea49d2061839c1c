from pyspark.sql.functions import expr, col
df = spark.readStream.schema("id BIGINT, d DOUBLE, s STRING").json(INPUT)
result = df.withColumn("e", expr("length(aes_encrypt(s, 'abcdefghijklmnop12345678', 'GCM', 'DEFAULT', unhex('000000000000000000000000'), 'aad'))")).select("id", "e").where(col("id") > 1)
OUTPUT_MODE = "append"
