spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(t >= '2024-02-29')").selectExpr("id", "map_concat(map(1, element_at(map_concat(map('a', left(concat_ws(', ', t, s, t), 1)), map('b', 'x')), 'a')), map(2, char(CAST(getbit(abs((-1 - i)) % 100, 0) AS BIGINT) + 256))) AS c1", "arrays_zip(array(i, 2), array(s), array())", "sequence(DATE'2024-01-31', DATE'2024-05-01', INTERVAL 1 MONTH) AS c3", "(id / 2)").where("((s = t) OR (dt IS NULL))")
OUTPUT_MODE = "append"
