spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("substring(to_char(encode(parse_url('http://a.b/c?x=' || url_encode(s), 'PATH'), 'utf-8'), 'hex'), 1, 1) AS c1", "reduce(array(i, i, 4), 0, (acc, x) -> acc + coalesce(x, 0))", "timestampdiff(HOUR, TIMESTAMP'2024-02-29 00:00:00', try_to_timestamp(t)) AS c3", "sequence((i * 3) % 5, 4) AS c4").where((expr("arrays_overlap(array(i), array(CAST(NULL AS INT), 3))") | expr("0.001").isNull()))
OUTPUT_MODE = "append"
