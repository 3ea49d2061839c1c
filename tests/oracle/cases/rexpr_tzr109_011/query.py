spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "from_json('{\"k\": ' || cot(nullif(-1.5D, 0)) || '}', 'MAP<STRING, DOUBLE>') AS c1", "map_keys(map(printf('%s=%d', s, i), 1, 'k', 2)) AS c2", "nullif((3 - -1.5D), 0.5D)", "slice(array(i, xpath_int('<a><b>' || 1 || '</b></a>', 'a/b'), 3, 4), 3, 10) AS c4").where(col("c4").isNotNull())
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY id DESC"]
