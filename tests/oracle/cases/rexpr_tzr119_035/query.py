spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((~F.coalesce(expr("xpath_boolean('<a><b>' || i || '</b></a>', 'a/b = 7')"), lit(False)))).selectExpr("id", "m", "(trunc(dt, 'MM') + INTERVAL 1 MONTH) AS c1", "from_json(t, 'a INT, b ARRAY<STRING>') AS c2", "coalesce(ts, ts, CAST(NULL AS TIMESTAMP)) AS c3", "CAST(to_date('2024-02-29') AS TIMESTAMP) AS c4", "map_filter(map('a', size(map_keys(str_to_map(s, ' ', 'l'))), 'b', character_length(s), 'c', 0), (k, v) -> v > 0 OR k = 'c')")
OUTPUT_MODE = "append"
