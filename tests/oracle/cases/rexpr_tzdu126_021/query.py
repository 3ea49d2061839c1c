spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(((ts < TIMESTAMP'2024-02-29 00:00:00') OR b) OR (id IS NOT NULL))").select("id", expr("arrays_zip(array(i, 2), array(to_json(from_xml('<ROW><d>' || sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1] || '</d></ROW>', 'd DATE'))), array()) AS c1"), expr("to_number(CAST(i AS STRING), 'S9999') AS c2"), expr("hex(hmac(dayname(dt), 'msg', 'SHA512')) AS c3"), expr("((-2L - i) - (id - CAST((b IS NOT TRUE) AS BIGINT))) AS c4"), F.abs(col("j")).alias("c5")).where((col("c1").isNotNull() | (col("c4") == lit(86400).cast("bigint"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
