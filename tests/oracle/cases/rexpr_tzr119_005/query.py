spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "n", expr("date_add((dt - INTERVAL 2 YEARS), shiftright(2, 33)) AS c1"), expr("repeat(t, 1)").alias("c2"), (F.date_trunc("DAY", expr("to_timestamp_ltz(CAST(dt AS STRING))")) + expr("INTERVAL -3 DAYS")).alias("c3"), expr("flatten(array(array(array_join(array_prepend(split(CAST(make_dt_interval(i, 2, 3, 4.5) AS STRING), ' '), 'p'), '_')), CAST(NULL AS ARRAY<STRING>)))").alias("c4")).where("(xpath_boolean('<a><b>' || smallint(i) || '</b></a>', 'a/b = 7') OR (j = 5))")
OUTPUT_MODE = "append"
