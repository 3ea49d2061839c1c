from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "crc32(format_string('[%5s|%-4d]', concat_ws(', ', ' ', CAST(dt AS STRING), s), coalesce(id, id, 3L))) AS c1", "(d <=> (n + CAST(k AS DOUBLE))) AS c2", "try_to_timestamp(t) AS c3", "dayofmonth(dt)", "((d IS NOT NULL) < (k >= 86400L)) AS c5")
OUTPUT_MODE = "append"
