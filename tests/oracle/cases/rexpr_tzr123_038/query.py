spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("unix_timestamp(dt) AS c1"), F.crc32(expr("parse_url('https://user@spark.apache.org:8080/path/p?query=1&k=' || regexp_replace(' ', '(a|b)', '<>') || '#frag', 'QUERY', 'k')")).alias("c2"), expr("vector_l2_distance(array(CAST(i AS FLOAT), 0.0F), array(3.0F, 4.0F))").alias("c3"), expr("to_binary(parse_url('http://a.b/c?x=' || url_encode(least(s, ' ')), 'PATH'), 'utf-8')").alias("c4")).where("(NOT coalesce(xpath_boolean('<a><b>' || i || '</b></a>', 'a/b = 7'), false))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c1, c2 FROM rexpr_q ORDER BY id DESC"]
