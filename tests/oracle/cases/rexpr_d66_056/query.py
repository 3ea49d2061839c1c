from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("coalesce(regexp_like(s, '[aeiou]{2}'), true)").select("id", "f", expr("((locate('l', s, 2) / nullif(j, 0)) > 0.1D)").alias("c1"), expr("((isnan(f) OR (m = d)) AND (id < CASE WHEN b THEN id ELSE id END)) AS c2"), expr("dayofmonth(nullif(date_trunc('WEEK', to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm')), TIMESTAMP'1999-12-31 23:59:59.999')) AS c3"))
OUTPUT_MODE = "append"
