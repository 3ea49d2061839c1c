from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, j INT, t STRING, b BOOLEAN, ts TIMESTAMP, dt DATE, i INT, m DECIMAL(38,10), d DOUBLE, s STRING").load(INPUT)
df.filter("(is_valid_utf8(unhex('C328')) OR (dt = to_date('2025-03-01')))").createOrReplaceTempView("src")
result = spark.sql("SELECT s, round(avg(100BD), 3) AS a1, round(corr(nvl2(sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1], (m * d), 2.0D), array_position(array(to_json(from_xml('<ROW><a>' || i || '</a><b>' || t || '</b></ROW>', 'a INT, b STRING')), 'a', translate(t, 'lo', '01')), 'a')), 6) AS a2, hex(count_min_sketch(s, 0.3D, 0.7D, 7)) AS a3 FROM src GROUP BY s HAVING count(*) >= 1")
OUTPUT_MODE = "complete"
