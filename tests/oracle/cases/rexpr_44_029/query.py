from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(CASE WHEN ((ts >= TIMESTAMP'1999-12-31 23:59:59.999') OR (s <= '42')) THEN b WHEN TRY_CAST('2024-02-29' AS BOOLEAN) THEN (i = -1) WHEN CAST(id AS BOOLEAN) THEN (s <> 'x-y') ELSE isnull(id) END OR (i < 0))").selectExpr("id", "s", "CASE WHEN (id <= 1000L) THEN to_date('2023-12-31') ELSE dt END AS c1", "CASE WHEN (id != d) THEN crc32(t) ELSE crc32(t) END AS c2", "TRY_CAST(d AS DECIMAL(5,1)) AS c3", "(CAST(i AS BIGINT) * 3) AS c4").where("(nvl2((2 BETWEEN 0 AND 1), endswith(s, 'o'), true) OR (c2 IS NULL))")
OUTPUT_MODE = "append"
