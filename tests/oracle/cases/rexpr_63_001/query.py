from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("((d <> 0.5D) != contains(regexp_extract(concat(s, 'x-y', ''), '^(\\\\S*)', 1), 'H')) AS c1", "least(dt, dt, dt) AS c2", "CAST(datediff(dt, dt) AS TIMESTAMP) AS c3", "(bround(n, 1) * -1) AS c4")
OUTPUT_MODE = "append"
