spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("i").agg(expr("count(DISTINCT 10) > -1").alias("a1"), expr("sort_array(collect_union(split(regexp_replace(hex(try_to_binary(s, 'hex')), ' +', '_'), ' ')))").alias("a2"), expr("max((m / i)) AS a5"), expr("size(collect_union(array(datediff(date_sub(dt, i), dt) % 3, NULL)))").alias("a3"), expr("listagg(lpad(regexp_extract('日本', '([0-9]+)', 1), 0, '*'), ',') WITHIN GROUP (ORDER BY lpad(regexp_extract('日本', '([0-9]+)', 1), 0, '*')) AS a4"))
OUTPUT_MODE = "update"
