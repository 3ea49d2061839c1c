spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "dt", "to_binary(CAST(from_base32(to_base32(encode(current_catalog(), 'utf-8'))) AS STRING), 'utf-8') AS c1", "element_at(array_sort(array(dt, DATE'2000-01-01', DATE'2024-02-29')), 1) AS c2", "(position('o', ifnull(t, 'abc')) + int(power(length(t) % 4, 2))) AS c3", "char(i) AS c4", "from_xml('<ROW x=\"' || i || '\"><v>' || d || '</v></ROW>', '_x INT, v DOUBLE') AS c5").filter("(c3 = -1)")
OUTPUT_MODE = "append"
