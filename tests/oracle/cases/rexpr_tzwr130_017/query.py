spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "zip_with(array(json_array_length(to_json(array(date_diff(CASE WHEN (dt <= DATE'2000-01-01') THEN dt WHEN (i = 1) THEN dt ELSE dt END, next_day(dt, 'wednesday')), size(map_keys(str_to_map(md5(s), ' ', 'l')))))), 2, 3), array(bit_get(negative(1), 3), 5), (x, y) -> x * 10 + y) AS c1", "((s >= '2024-02-29') OR (j <> -1)) AS c2", "map_from_entries(array(struct(xpath_short('<a><b>7</b><b>' || (size(sequence(1, abs(i) % 5 + 1)) - weekofyear(dt)) || '</b></a>', 'sum(a/b)'), '42'), struct(2, 'two'))) AS c3", "regexp_extract(t, '([0-9]+)', 1) AS c4", "upper(md5(lcase(to_json(arrays_zip(array(i, 2), array(s)))))) AS c5").where("(CAST(j AS BOOLEAN) OR (f IS NULL))")
OUTPUT_MODE = "append"
