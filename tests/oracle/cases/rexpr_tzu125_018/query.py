spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, b BOOLEAN, t STRING, dt DATE, j INT, n DECIMAL(20,0), m DECIMAL(12,4), i INT, ts TIMESTAMP, d DOUBLE").json(INPUT)
result = df.selectExpr("n", "from_xml('<ROW><a>' || year(CASE WHEN (n <> 100BD) THEN convert_timezone('America/Los_Angeles', 'UTC', ts) ELSE ts END) || '</a><a>2</a></ROW>', 'a ARRAY<INT>') AS c1", "slice(array(length(s), datediff(dt, ts), 3, 4), -5, 2) AS c2", "((json_array_length(to_json(array(i, i))) / 3.0D) >= hash(id)) AS c3", "inline(array(named_struct('x', (0 * shiftright(i, 33)), 'y', t), named_struct('x', 2, 'y', 'b')))")
OUTPUT_MODE = "append"
