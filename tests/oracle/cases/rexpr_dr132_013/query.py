from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, f FLOAT, ts TIMESTAMP, d DOUBLE, i INT, dt DATE, s STRING, b BOOLEAN, t STRING, k BIGINT, m DECIMAL(7,0), n DECIMAL(4,1)").json(INPUT)
result = df.selectExpr("id", "b", "CAST(to_timestamp_ntz(date_format(CASE WHEN b THEN ts WHEN b THEN ts WHEN b THEN ts END, 'yyyy-MM-dd HH:mm:ss')) AS STRING) AS c1", "lpad(coalesce(printf('%s=%d', s, i), 'Hello'), 0, 'é') AS c2", "json_tuple(element_at(map_concat(map('a', t), map('b', 'x')), 'a'), 'a')").filter("((0.5 IN (-3.10, -3.10)) OR (k IS NOT NULL))")
OUTPUT_MODE = "append"
