from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "((id - (id - id)) + CASE WHEN (i = -1) THEN 1000L WHEN (d > 0.001D) THEN id WHEN b THEN id ELSE id END) AS c1", "(nvl2(((t IS NOT NULL) OR b), s, 'o') LIKE 'H%') AS c2", "regexp_extract(concat_ws('', s, CAST(m AS STRING), '日本'), '([0-9]+)', 1) AS c3", "((TRY_CAST(k AS DECIMAL(5,1)) / nullif(bround(m, 2), 0)) / nullif(j, 0)) AS c4", "(CASE WHEN (i BETWEEN 10 AND 1) THEN -3.10 ELSE n END * d) AS c5")
OUTPUT_MODE = "append"
