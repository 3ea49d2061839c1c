spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "ts", expr("hmac('k', url_decode(url_encode(' ')), 'SHA256')"), expr("map_from_entries(array(struct(least(instr(array_join(array_compact(array(s, NULL, s)), ','), 'é'), i), s), struct(2, 'two')))").alias("c2"), expr("arrays_overlap(array(i, xpath_short('<a><b>7</b><b>' || 2 || '</b></a>', 'sum(a/b)')), array(1, 2, i)) AS c3"), expr("(dt IS NOT NULL) AS c4")).where("(s >= 'abc')")
OUTPUT_MODE = "append"
