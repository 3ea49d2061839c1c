from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(isnan(d) OR (id <= 3L))").select("id", expr("(i * -1)"), F.next_day((col("dt") - expr("INTERVAL -10 DAYS")), "SUN").alias("c2"), expr("least(m, -3.10)"), expr("CASE WHEN startswith(least(base64(t), regexp_replace(t, '[aeiou]', '*'), s), 'H') THEN id WHEN (k >= 86400L) THEN (id % nullif(j, 0)) ELSE 1000L END").alias("c4"), expr("substring_index(get_json_object(to_json(named_struct('a', s, 'n', last_day(to_date('2023-12-31')))), '$.n'), 'o', -1)").alias("c5")).where("(id IS NOT NULL)")
OUTPUT_MODE = "append"
