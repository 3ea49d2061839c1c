from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "CAST(dt AS TIMESTAMP) AS c1", "ifnull(lcase(t), 'Hello') AS c2", "nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999') AS c3", "CASE WHEN ((i * 2) BETWEEN 2 AND 3) THEN next_day(dt, 'TU') WHEN isnull(crc32(s)) THEN dt WHEN b THEN to_date('2000-01-01') ELSE DATE'2023-12-31' END AS c4")
OUTPUT_MODE = "append"
