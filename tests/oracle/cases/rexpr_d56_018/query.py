from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, s STRING, d DOUBLE, m DECIMAL(18,6), i INT, b BOOLEAN, dt DATE, n DECIMAL(20,0), ts TIMESTAMP, j INT").load(INPUT)
result = df.select("id", expr("CAST(i AS BIGINT) AS c1"), expr("datediff(dt, dt) AS c2"), expr("concat_ws('', CAST(dt AS STRING), substr(s, -3, 0)) AS c3"), F.concat_ws("-", col("s"), F.from_unixtime(col("i"), "yyyy-MM-dd HH:mm:ss")).alias("c4"), F.timestamp_millis(F.weekday(F.trunc(col("dt"), "YEAR"))).alias("c5"))
OUTPUT_MODE = "append"
