spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("dt", "from_json('{\"k\": ' || 100.0D || '}', 'MAP<STRING, DOUBLE>') AS c1", "coalesce(m, 1.25) AS c2", "transform_values(map('a', i, 'b', bit_get(i, 3)), (k, v) -> concat(k, CAST(v AS STRING))) AS c3", "(n * n) AS c4").filter("(dt IS NOT NULL)")
OUTPUT_MODE = "append"
