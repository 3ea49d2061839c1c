spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(k <= 1L)").selectExpr("id", "try_to_date(s) AS c1", "xpath_boolean('<a><b>' || length(s) || '</b></a>', 'a/b = 7') AS c2", "timestamp_diff('MONTH', (ts + INTERVAL 1 MONTH), try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0)) AS c3", "slice(array(coalesce(i, 2), date_diff(dt, dt), 3, 4), -5, 2)")
OUTPUT_MODE = "append"
