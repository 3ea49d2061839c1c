from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT s, bool_or(('a' > t)) AS a1, max(regexp_replace(concat_ws('|', '日本', t), ' +', '_')) AS a2, datediff(max(next_day(dt, 'fri')), min(next_day(dt, 'fri'))) AS a3, (max(CASE WHEN b THEN d WHEN b THEN d WHEN (n > 12.345) THEN d ELSE d END) - min(CASE WHEN b THEN d WHEN b THEN d WHEN (n > 12.345) THEN d ELSE d END)) AS a4 FROM src GROUP BY 1")
OUTPUT_MODE = "update"
