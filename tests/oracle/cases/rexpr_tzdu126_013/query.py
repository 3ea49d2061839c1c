spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "i", "xpath_boolean('<a><b>' || bitwise_not(size(sequence(1, abs((i * 0)) % 5 + 1))) || '</b></a>', 'a/b = 7') AS c1", "make_date(2023, 12, 1) AS c2", "array_insert(array('a', 'b', 'c'), -1, try_parse_url(nullif(s, '日本'), 'HOST')) AS c3", "CASE least(i, 2, 3) WHEN -1 THEN (d + d) ELSE array_max(array(d, -1.5D, CAST('NaN' AS DOUBLE))) END AS c4", "schema_of_xml(s) AS c5", "round((m + m), 1) AS c6")
OUTPUT_MODE = "append"
