from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "((id DIV 3) + datepart('DAYOFWEEK', DATE'2000-01-01')) AS c1", "is_valid_utf8(unhex('C328')) AS c2", "from_xml('<ROW x=\"' || month(date_sub(DATE'2023-12-31', i)) || '\"><v>' || d || '</v></ROW>', '_x INT, v DOUBLE') AS c3", "posexplode_outer(array_remove(array(to_xml(named_struct('t', ts, 'b', b)), 'x'), 'x'))", "hex(to_binary(s, 'utf-8')) AS c5", "array_insert(array('a', 'b', 'c'), -1, make_valid_utf8(unhex('61FF62C3'))) AS c6").where("((NOT (m > 5)) OR (i = 2))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c2 DESC NULLS LAST, id DESC"]
