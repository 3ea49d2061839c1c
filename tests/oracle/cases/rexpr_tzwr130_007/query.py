spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((expr("is_valid_utf8(unhex('C328'))") | col("n").isNotNull())).withColumn("c1", expr("arrays_zip(split(CAST(convert_timezone('Europe/Paris', CAST(ts AS TIMESTAMP_NTZ)) AS STRING), ' '), sequence(1, 3))")).withColumn("c2", expr("CAST(CAST(i AS TIMESTAMP) AS STRING)")).withColumn("ts", expr("CASE WHEN ((id - id) <> n) THEN date_trunc('HOUR', to_timestamp_ltz(CAST(dt AS STRING))) ELSE ts END")).select("id", "c1", "c2")
OUTPUT_MODE = "append"
