spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.explode(F.create_map(lit('a'), col("i"), lit('b'), F.date_diff(col("dt"), col("dt")))), expr("nvl2(CASE WHEN (k IS NOT NULL) THEN (i <> 1) ELSE (d = 0.5D) END, id, 1000L)"), F.add_months(col("dt"), col("i")).alias("c3"), expr("array_except(array(try_parse_url(to_json(from_csv(s, 'a INT, b STRING')), 'HOST'), t, 'a', 'a'), array('a', NULL)) AS c4"), expr("from_json('{\"a\": ' || i || ', \"b\": [\"x\", null]}', 'a INT, b ARRAY<STRING>') AS c5"), expr("map_contains_key(map(i, 1), s)").alias("c6"))
OUTPUT_MODE = "append"
