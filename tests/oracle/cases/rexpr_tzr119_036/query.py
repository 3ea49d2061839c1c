spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, dt DATE, s STRING, b BOOLEAN, i INT, m DECIMAL(12,4), t STRING, ts TIMESTAMP, j INT").load(INPUT)
result = df.selectExpr("id", "t", "stack(3, CASE WHEN (i BETWEEN 0 AND 2) THEN dt WHEN true THEN dt WHEN (j >= 1) THEN element_at(array_sort(array(dt, dt, DATE'2024-02-29')), 1) ELSE CASE WHEN b THEN dt END END, 1, dt)", "sentences(url_decode(url_encode(substring(s, -3, 1)))) AS c2", "array_union(array((atanh(100.0D / 2000) * d), CAST('NaN' AS DOUBLE), ((id / 2.0D) + zeroifnull(d))), array(CAST('NaN' AS DOUBLE), 0.0D, -0.0D)) AS c3", "greatest(i, i) AS c4", "from_json('{\"a\": ' || (i + length(s)) || ', \"b\": [\"x\", null]}', 'a INT, b ARRAY<STRING>') AS c5").where("(is_valid_utf8(s) OR (i >= 3))")
OUTPUT_MODE = "append"
