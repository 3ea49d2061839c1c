from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "last_day(dt) AS c1", "try_element_at(split(t, '-'), 2) AS c2", "(CASE WHEN b THEN m ELSE 0.5 END * m) AS c3", "concat(t, t, t) AS c4").filter("((string(k) IS NOT NULL) OR (NOT b))")
OUTPUT_MODE = "append"
