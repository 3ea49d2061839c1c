spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "size(array_distinct(split(' ', '  *'))) AS c1", "(i * d) AS c2", "CAST(CASE WHEN (t >= '2024-02-29') THEN j WHEN (d IS NOT NULL) THEN i END AS STRING) AS c3", "CASE WHEN (s < ' ') THEN 3L WHEN (id >= 86400L) THEN id WHEN (dt <= DATE'2023-12-31') THEN id ELSE id END AS c4")
OUTPUT_MODE = "append"
