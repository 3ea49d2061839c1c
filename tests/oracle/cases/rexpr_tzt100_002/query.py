spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, ts TIMESTAMP, d DOUBLE, b BOOLEAN, i INT, m DECIMAL(7,0), s STRING").load(INPUT)
result = df.filter("(startswith(coalesce(s, 'a'), 'é') OR (d IS NOT NULL))").groupBy("i").agg(expr("count((ts + INTERVAL 72 HOURS)) AS a1"), expr("(max(d) - min(d)) AS a2"), expr("count_if(CAST(id AS BOOLEAN)) AS a3"))
OUTPUT_MODE = "complete"
