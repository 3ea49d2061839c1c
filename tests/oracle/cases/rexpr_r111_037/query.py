from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(F.coalesce((col("j") == lit(10)), lit(True))).selectExpr("id", "convert_timezone('America/Los_Angeles', 'UTC', ts) AS c1", "json_object_keys(hex(hmac('key', CAST(abs(i) AS STRING)))) AS c2", "zeroifnull(1.25) AS c3", "to_timestamp_ltz(CAST(dt AS STRING)) AS c4")
OUTPUT_MODE = "append"
