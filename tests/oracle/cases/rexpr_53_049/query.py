from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, k BIGINT, s STRING, ts TIMESTAMP, n DECIMAL(9,5), b BOOLEAN, d DOUBLE, dt DATE, i INT, j INT, t STRING, m DECIMAL(12,4)").load(INPUT)
result = df.select("id", expr("get(split(regexp_extract(t, '([0-9]+)', 1), ','), 2)").alias("c1"), expr("CASE WHEN (m <= -3.10) THEN to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss') WHEN contains(s, 'a') THEN if(isnan(d), TIMESTAMP'2024-03-01 12:30:00.123456', ts) WHEN (regexp_replace(t, '^.', '') NOT IN (' ', 'é')) THEN to_timestamp(date_format(if((id = 1L), ts, ts), 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss') ELSE date_trunc('yyyy', ts) END AS c2"), expr("string(nullif(k, 86400L)) AS c3"), expr("(i - i) AS c4"))
OUTPUT_MODE = "append"
