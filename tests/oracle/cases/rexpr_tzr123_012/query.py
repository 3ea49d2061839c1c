spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(exists(map_keys(map_filter(map('a', i, 'b', i), (k, v) -> v > 0)), x -> x = 'a') OR (dt >= to_date('2000-01-01')))").selectExpr("id", "schema_of_json(s) AS c1", "acos(vector_norm(array(CAST(i AS FLOAT), 4.0F), 2.0F)) AS c2", "array_sort(array(i, 0, NULL, -1)) AS c3", "inline_outer(filter(array(struct(size(split(to_char(dt, 'yyyy/MM/dd'), ' ')) AS p, xpath_number('<a><b>' || map_values(map('x', 2.0D))[0] || '</b></a>', 'a/b * 2') AS q)), e -> e.p > 0))").filter("((datediff(dt, dt) BETWEEN 2 AND 3) OR (dt > to_date('2024-02-29')))")
OUTPUT_MODE = "append"
