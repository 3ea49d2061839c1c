spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(locate(' ', s) - 1L) AS c1", "substring_index(CAST(timestamp_micros(ascii(char(i))) AS STRING), ',', 1) AS c2", "make_date(year(dt), 2, 30) AS c3", "from_xml('<ROW><a>' || array_max(array(regexp_instr(make_valid_utf8(s), '([a-z])([a-z])', 2), (char_length(t) % 10), 3)) || '</a><a>2</a></ROW>', 'a ARRAY<INT>') AS c4", "(to_json(arrays_zip(array(0, 2), array(s))) COLLATE UTF8_BINARY = 'Hello World')", "size(split(to_xml(named_struct('a', i, 'b', to_xml(named_struct('a', i, 'b', s)))), '[aeiou]')) AS c6").filter("(t IS NOT NULL)")
OUTPUT_MODE = "append"
