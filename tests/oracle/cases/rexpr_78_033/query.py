from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "instr(coalesce(CAST(id AS STRING), trim(t), 'a'), '') AS c1", "(id % nullif(j, 0)) AS c2", "TRY_CAST(rpad('2024-02-29', 6, 'ab') AS INT) AS c3", "TRY_CAST(s AS TIMESTAMP) AS c4", "coalesce(ifnull(id, 1L), (CASE WHEN b THEN id WHEN b THEN id ELSE id END + (2 * i)), 0L) AS c5").filter("(NOT coalesce((TIMESTAMP'1999-12-31 23:59:59.999' = ts), false))")
OUTPUT_MODE = "append"
