spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, j INT, f FLOAT, b BOOLEAN, n DECIMAL(5,3), m DECIMAL(10,2), i INT, ts TIMESTAMP, s STRING, dt DATE").json(INPUT)
result = df.selectExpr("id", "sentences('Hello there. How are you? ' || CAST(convert_timezone('Europe/Paris', CAST(timestamp_seconds(i) AS TIMESTAMP_NTZ)) AS STRING), 'en', 'US') AS c1", "json_tuple(s, 'a')", "least(i, regexp_instr('日本', '[aeiou]'), i) AS c3", "regexp_extract_all(left(CAST(pmod(id, nullif(i, 0)) AS STRING), 1), '[0-9]+', 0) AS c4").filter("(CASE WHEN exists(map_keys(map_filter(map('a', -1, 'b', 10), (k, v) -> v > 0)), x -> x = 'a') THEN (c4 IS NOT NULL) WHEN (c3 IS NOT NULL) THEN false END OR (c3 = 5))")
OUTPUT_MODE = "append"
