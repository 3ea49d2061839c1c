spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((hex(unhex(s)) COLLATE UTF8_BINARY = 'Hello World') OR (m <> -3.10))").select("id", expr("isnan(3.75D) AS c1"), expr("map_keys(map(try_url_decode(get(split(s, '[aeiou]'), 2)), 1, 'k', 2))").alias("c2")).filter(col("ts").isNotNull())
OUTPUT_MODE = "append"
