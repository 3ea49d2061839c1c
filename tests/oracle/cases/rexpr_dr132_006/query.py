from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, k BIGINT, n DECIMAL(9,5), b BOOLEAN, d DOUBLE, ts TIMESTAMP, s STRING, t STRING, m DECIMAL(12,4), dt DATE, i INT").load(INPUT)
result = df.where((expr("CAST(from_base32(to_base32(encode(t, 'utf-8'))) AS STRING)").contains(" ") | (col("i") < lit(-1)))).withColumn("c1", F.regexp_like(col("s"), lit("[aeiou]{2}"))).withColumn("s", F.left(F.current_database(), lit(1))).withColumn("c3", F.crc32(expr("CAST(try_make_timestamp_ntz(2023, 2, i, 0, 0, 0) AS STRING)"))).withColumn("c4", expr("CAST(n AS DOUBLE)")).select("id", "c1", "c3", "c4").where((expr("arrays_overlap(array(i), array(CAST(NULL AS INT), 3))") | (col("k") != lit(0).cast("bigint"))))
OUTPUT_MODE = "append"
