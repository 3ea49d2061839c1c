from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(array_contains(split(s, ','), 'a') OR (id = 0L))").selectExpr("CASE WHEN b THEN i WHEN is_valid_utf8(t) THEN (2 * i) ELSE j END AS c1", "arrays_zip(array(octet_length(s), 2), array(CAST(convert_timezone('Europe/Paris', CAST(ts AS TIMESTAMP_NTZ)) AS STRING)), array()) AS c2")
OUTPUT_MODE = "append"
