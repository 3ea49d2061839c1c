spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("d", "map_from_arrays(array('a', 'b'), array(d, d)) AS c1", "encode(decode(encode(coalesce(s, ''), 'UTF-8'), 'US-ASCII'), 'UTF-8') AS c2", "json_object_keys(greatest(substring(s, -3, 10), sha(to_xml(named_struct('d', dt, 'x', 0.001D, 'arr', array(3, i)))))) AS c3")
OUTPUT_MODE = "append"
