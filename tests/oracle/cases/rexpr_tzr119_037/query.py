spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "m", "from_json('{\"k\": ' || f || '}', 'MAP<STRING, DOUBLE>') AS c1", "CAST(date_diff(date_sub(dt, i), coalesce(dt, dt, DATE'2023-12-31')) AS DECIMAL(12,2)) AS c2", "regexp_extract_all(s, '([a-z])([a-z]+)', 2) AS c3", "from_json('[' || i || ', 2]', 'ARRAY<INT>')")
OUTPUT_MODE = "append"
