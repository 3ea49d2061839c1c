spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(id - id) AS c1", "CASE WHEN i THEN 1 ELSE 0 END AS c2", "shiftrightunsigned(CAST(position(s, 'Hello', 2) AS BIGINT), 1)", "array_insert(array('a', 'b', 'c'), -1, CAST((ts <> TIMESTAMP'2024-02-29 00:00:00') AS STRING)) AS c4", "from_xml('<ROW><a>' || i || '</a><a>2</a></ROW>', 'a ARRAY<INT>') AS c5", "(ascii(char(CASE WHEN b THEN 1 WHEN CAST(id AS BOOLEAN) THEN i WHEN (-2L != id) THEN i END)) + n) AS c6")
OUTPUT_MODE = "append"
