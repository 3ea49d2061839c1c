spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, j INT, t STRING, f FLOAT, ts TIMESTAMP, s STRING, dt DATE, b BOOLEAN, i INT, m DECIMAL(38,10)").json(INPUT)
result = df.where("(is_valid_utf8(t) OR b)").selectExpr("to_xml(s) AS c1", "map_keys(map(regexp_replace(s, '(a|b)', '<>'), 1, 'k', 2)) AS c2", "(j <=> f) AS c3", "array_repeat(t, abs(size(json_object_keys(to_json(named_struct('a', i, 'b', 'abc'))))) % 3)", "json_tuple(replace(t, 'a', ''), 'a')")
OUTPUT_MODE = "append"
