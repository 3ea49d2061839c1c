from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(i <> 2)").selectExpr("id", "(id / nullif(j, 0)) AS c1", "to_json(from_csv(CAST(make_dt_interval(position(s, s, 2), 2, 3, 4.5) AS STRING), 'a INT, b STRING')) AS c2", "parse_url(concat('http://a b/', s), 'HOST') AS c3", "date_trunc('SECOND', ts) AS c4", "floor(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END) AS c5", "transform_values(map('a', month(dt), 'b', bit_get(i, 3)), (k, v) -> concat(k, CAST(v AS STRING)))")
OUTPUT_MODE = "append"
