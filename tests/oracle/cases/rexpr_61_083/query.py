from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(7,0), s STRING, dt DATE, j INT, b BOOLEAN, ts TIMESTAMP, d DOUBLE, i INT").load(INPUT)
result = df.select("id", "j", expr("least(ts, ts, date_trunc('HOUR', to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss'))) AS c1"), expr("lpad(concat_ws('', s, CAST(dt AS STRING), format_number(id, 0)), 3, 'ab') AS c2"), expr("CASE WHEN (s <> 'o') THEN id ELSE id END").alias("c3")).filter("(isnan(nullif(CAST(NULL AS DOUBLE), 3.75D)) OR (c1 <= TIMESTAMP'2024-02-29 00:00:00'))")
OUTPUT_MODE = "append"
