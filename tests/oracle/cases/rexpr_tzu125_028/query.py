spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(20,0), i INT, s STRING, j INT, k BIGINT, m DECIMAL(7,0), b BOOLEAN, d DOUBLE, ts TIMESTAMP, dt DATE").json(INPUT)
result = df.selectExpr("id", "(id DIV i) AS c1", "CASE WHEN is_valid_utf8(unhex('C328')) THEN timestamp_add('HOUR', i, ts) WHEN (s LIKE '%e') THEN ts ELSE date_trunc('yyyy', ts) END", "negative(m) AS c3", "trunc(date_add(DATE'2025-03-01', 3), 'Q') AS c4", "from_xml('<ROW><a>' || i || '</a><a>2</a></ROW>', 'a ARRAY<INT>') AS c5", "schema_of_xml('<p><a>1</a><b>x</b><c>2.5</c></p>') AS c6")
OUTPUT_MODE = "append"
