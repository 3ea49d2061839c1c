spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, dt DATE, j INT, ts TIMESTAMP, m DECIMAL(18,6), d DOUBLE, b BOOLEAN, i INT, k BIGINT, n DECIMAL(9,5)").json(INPUT)
result = df.where("(s IS NOT NULL)").select("id", expr("getbit(abs(size(split(concat(s, s, s), '[aeiou]'))) % 100, 0) AS c1"), F.floor(col("m"), 1).alias("c2"))
OUTPUT_MODE = "append"
