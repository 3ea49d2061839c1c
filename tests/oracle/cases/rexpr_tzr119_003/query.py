spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("CASE WHEN exists(map_keys(map_filter(map('a', i, 'b', i), (k, v) -> v > 0)), x -> x = 'a') THEN f ELSE f END")).withColumn("c2", F.date_trunc("MINUTE", expr("to_timestamp_ltz(CAST(dt AS STRING))"))).withColumn("c3", expr("from_base32(encode(s, 'utf-8'))")).withColumn("c4", expr("from_json('{\"a\": ' || character_length(trim(s)) || ', \"b\": [\"x\", null]}', 'a INT, b ARRAY<STRING>')")).select("id", "c1", "c2", "c3", "c4").where("(id IS NOT NULL)")
OUTPUT_MODE = "append"
