from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((F.repeat(lit("x-y"), 1).rlike("^$") | col("t").isNotNull())).selectExpr("id", "(ts + 1) AS c1", "contains(rtrim(replace(t, 'l', 'LL')), 'a') AS c2", "minute(date_trunc('MINUTE', date_trunc('HOUR', to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm')))) AS c3").filter("(c2 IS NOT NULL)")
OUTPUT_MODE = "append"
