from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((expr("exists(map_keys(map_filter(map('a', second(to_timestamp(date_format(ts, 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS')), 'b', bitmap_bucket_number(abs(3))), (k, v) -> v > 0)), x -> x = 'a')") | col("i").isNotNull())).select("id", expr("try_to_number(url_encode(concat(CAST(dt AS STRING), concat_ws(', ', s, t))), '999.99')").alias("c1"), expr("encode('2024-02-29', 'UTF-8') AS c2"), F.cot(F.nullif(col("d"), lit(0))).try_cast("decimal(38,18)").alias("c3"))
OUTPUT_MODE = "append"
