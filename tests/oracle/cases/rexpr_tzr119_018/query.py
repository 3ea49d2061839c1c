spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(dt - INTERVAL -10 DAYS) AS c1", "inline(array(named_struct('x', i, 'y', s), named_struct('x', 2, 'y', 'b')))", "size(map_keys(str_to_map(CAST(bitwise_not(CAST(least(i, i) AS BIGINT)) AS STRING), ' ', 'l'))) AS c3")
OUTPUT_MODE = "append"
