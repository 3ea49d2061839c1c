from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("s", "xpath('<a><b>x</b><b>' || least(i, i) || '</b></a>', 'a/b/text()') AS c1", "array_except(array(array_join(array_append(array(t), ''), '+', 'NUL'), CAST((t < 'Hello') AS STRING), 'a', 'a'), array('a', NULL)) AS c2", "map_values(map(1, dt, 2, NULL)) AS c3", "power((100BD - m), 2)", "arrays_zip(array(bitmap_bucket_number(abs(greatest(i, i, i))), 2), array(try_element_at(split(to_json(map_from_arrays(array('a', 'b'), array(i, 1))), ' '), 3)), array()) AS c5").filter("(s = 'é')")
OUTPUT_MODE = "append"
