from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, i INT, ts TIMESTAMP, dt DATE, s STRING, j INT, m DECIMAL(7,0)").load(INPUT)
result = df.selectExpr("id", "sequence(nullif(dt, DATE'2023-12-31'), date_add(nullif(dt, DATE'2023-12-31'), 3), INTERVAL 1 DAY)[1]", "date_trunc('DAY', timestamp_add('HOUR', month(DATE'2000-01-01'), (date_trunc('QUARTER', ts) - INTERVAL 36 HOURS))) AS c2", "from_json(coalesce(repeat(concat_ws('', s, CAST(j AS STRING)), -1), 'o'), 'a INT, b ARRAY<STRING>') AS c3")
OUTPUT_MODE = "append"
