from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, d DOUBLE, ts TIMESTAMP, dt DATE, b BOOLEAN, m DECIMAL(10,2), t STRING, n DECIMAL(5,3), i INT, j INT").json(INPUT)
result = df.filter("((CASE WHEN (b IS NOT TRUE) THEN m END IS NULL) OR (s <> '日本'))").select("id", expr("TRY_CAST('x-y' AS DATE)").alias("c1"), F.ceil(col("m")).alias("c2"), expr("crc32(try_element_at(split(array_join(split(t, '[aeiou]'), '/'), ','), 3)) AS c3"), (col("i") + col("ts").cast("double")).alias("c4")).filter(((col("i") > col("d")) | (col("j") >= lit(10))))
OUTPUT_MODE = "append"
