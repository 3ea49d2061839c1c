spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "CASE WHEN is_valid_utf8(xpath_string('<a><b>' || replace(replace(s, '<', ''), '&', '') || '</b></a>', 'a/b')) THEN dt WHEN ((ts <> TIMESTAMP'1999-12-31 23:59:59.999') AND b) THEN DATE'2000-01-01' WHEN (j <> 3) THEN dt ELSE dt END AS c1", "(acosh(abs(rint(12.345)) + 1) - (m * i)) AS c2")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1 FROM rexpr_q ORDER BY id"]
