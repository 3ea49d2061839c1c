spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, m DECIMAL(10,2), n DECIMAL(9,5), d DOUBLE, t STRING, ts TIMESTAMP, dt DATE, b BOOLEAN, s STRING").load(INPUT)
result = df.filter((~F.coalesce(col("t").like("%e"), lit(False)))).selectExpr("id", "array_sort(array(array_position(array(element_at(map_concat(map('a', CAST(dt AS STRING)), map('b', 'x')), 'a'), 'a', xpath_string('<a><b>' || replace(replace(date_format(dt, 'yyyy-MM-dd HH:mm:ss.SSS'), '<', ''), '&', '') || '</b></a>', 'a/b')), 'a'), size(sequence(1, abs(regexp_instr(CAST(to_timestamp_ntz(date_format(ts, 'yyyy-MM-dd HH:mm:ss')) AS STRING), '([a-z])([a-z])', 2)) % 5 + 1)), NULL, -1)) AS c1", "schema_of_xml('<p><a>1</a><b>x</b><c>2.5</c></p>') AS c2", "posexplode_outer(map(i, 'x-y'))").where((col("b") | (~F.coalesce(col("b"), lit(False)))))
OUTPUT_MODE = "append"
