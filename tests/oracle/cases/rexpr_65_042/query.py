from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("format_number(CASE WHEN ((id > 86400L) OR b) THEN (id * 1) WHEN b THEN ceiling(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END) ELSE id END, 2)").alias("c1"), expr("try_element_at(split(get(split(lpad(t, 8, 'é'), '[aeiou]'), 1), '-'), -1) AS c2")).filter("(n IS NOT NULL)")
OUTPUT_MODE = "append"
