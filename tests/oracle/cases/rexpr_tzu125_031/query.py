spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "d", expr("from_xml('<ROW><a>' || timestamp_diff('MONTH', timestamp_seconds(width_bucket(-1.5D, -10.0D, 10.0D, 4)), ts) || '</a><a>2</a></ROW>', 'a ARRAY<INT>') AS c1"), expr("schema_of_xml('<p><a>1</a><b>x</b><c>2.5</c></p>') AS c2"), expr("exists(map_keys(map_filter(map('a', int(power(reduce(array(3, i, 4), 0, (acc, x) -> acc + coalesce(x, 0)) % 4, 2)), 'b', array_position(array('42', 'a', t), 'a')), (k, v) -> v > 0)), x -> x = 'a') AS c3"))
OUTPUT_MODE = "append"
