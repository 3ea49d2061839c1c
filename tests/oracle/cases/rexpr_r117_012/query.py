from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", (col("m") * col("m"))).withColumn("c2", expr("named_struct('x', month(dt), 'y', array(CAST(aes_decrypt(aes_encrypt(s, '0123456789abcdef'), '0123456789abcdef') AS STRING)))")).withColumn("c3", expr("id")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
