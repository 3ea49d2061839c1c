spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(id + f)")).withColumn("c2", expr("make_timestamp_ltz(2024, 2, 29, character_length(t), 0, 0, 'Asia/Tokyo')")).withColumn("c3", expr("array(width_bucket((- f), -10.0D, 10.0D, 4), NULL)")).withColumn("c4", F.negative(col("i"))).withColumn("c5", expr("regexp_extract_all(translate(named_struct('p', schema_of_json('{\"a\": [1, 2.5], \"b\": {\"c\": null}}'), 'q', CAST(f AS STRING)).q, 'lo', '01'), '[0-9]+', 0)")).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
