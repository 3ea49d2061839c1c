from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(last_day(DATE'2025-03-01') IS NULL) AS c1", "(abs(i) - nvl(i, 2)) AS c2", "map_contains_key(map(i, 1), s) AS c3", "map_values(map(1, nvl2(getbit(abs(i) % 100, 0), dt, DATE'2023-12-31'), 2, NULL)) AS c4")
OUTPUT_MODE = "append"
