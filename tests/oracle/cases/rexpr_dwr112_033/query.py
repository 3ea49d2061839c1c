from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, t STRING, i INT, dt DATE, m DECIMAL(7,0), s STRING, f FLOAT, j INT, ts TIMESTAMP, n DECIMAL(9,5), d DOUBLE").json(INPUT)
result = df.selectExpr("id", "last_day(TRY_CAST(t AS DATE)) AS c1", "reduce(array(array_max(array(nullif(reduce(array(i, -1, 4), 0, (acc, x) -> acc + coalesce(x, 0)), 5), i, 3)), year(ts), 4), 0, (acc, x) -> acc + coalesce(x, 0)) AS c2", "try_multiply((n + n), -1) AS c3", "xxhash64(t)")
OUTPUT_MODE = "append"
