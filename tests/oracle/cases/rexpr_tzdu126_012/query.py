spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("xpath('<a><b>x</b><b>' || positive(i) || '</b></a>', 'a/b/text()') AS c1", "abs(12.345) AS c2").where("(xpath_boolean('<a><b>' || regexp_instr(s, '([a-z])([a-z])', 2) || '</b></a>', 'a/b = 7') OR (s >= ''))")
OUTPUT_MODE = "append"
