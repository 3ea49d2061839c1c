from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT CASE WHEN (3 <=> i) THEN dt WHEN is_valid_utf8(s) THEN date_from_unix_date(i) END AS k1, hex(count_min_sketch(character_length(concat_ws('-', ' ', s)), 0.5D, 0.5D, 1)) AS a1, count_if((d <= m)) AS a2, datediff(max(add_months(dt, i)), min(add_months(dt, i))) AS a3 FROM src GROUP BY CASE WHEN (3 <=> i) THEN dt WHEN is_valid_utf8(s) THEN date_from_unix_date(i) END")
OUTPUT_MODE = "update"
