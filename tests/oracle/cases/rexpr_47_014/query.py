from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "s", "((pmod(i, nullif(i, 0)) % nullif(100, 0)) % nullif(CAST(b AS INT), 0)) AS c1", "least(CAST(j AS BIGINT), least(id, id, id), id)", "timestamp_seconds((least(2, i, i) + dayofyear(next_day(to_date('2024-02-29'), 'wednesday')))) AS c3", "concat(s, s, right(s, 4)) AS c4", "(j + 1) AS c5", "concat(CAST(b AS STRING), s, CAST(dt AS STRING)) AS c6")
OUTPUT_MODE = "append"
