from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, b BOOLEAN, dt DATE, s STRING, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "log1p(abs((0.5 + n)) + 1) AS c1", "ifnull(99.99, 12.345) AS c2", "CASE WHEN (i BETWEEN 3 AND 2) THEN CAST(id AS BOOLEAN) WHEN b THEN (ts > dt) WHEN (i IS NOT NULL) THEN ((id = 1L) OR (id <= 3L)) ELSE startswith(repeat(s, 3), 'a') END AS c3", "if(b, ts, TIMESTAMP'2024-02-29 00:00:00') AS c4")
OUTPUT_MODE = "append"
