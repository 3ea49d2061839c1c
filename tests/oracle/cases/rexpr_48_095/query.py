from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, b BOOLEAN, t STRING, m DECIMAL(10,2), dt DATE, s STRING, ts TIMESTAMP, d DOUBLE, n DECIMAL(5,3), k BIGINT, i INT").json(INPUT)
result = df.filter("(((m * n) > floor(CASE WHEN abs(try_divide(d, 1e300D)) < 1e9D THEN try_divide(d, 1e300D) END)) OR (id IS NOT NULL))").selectExpr("nullif(n, 0.5) AS c1", "ceil(((n / nullif(n, 0)) - greatest(m, n, n)), 1) AS c2").filter("(c1 > 12.345)")
OUTPUT_MODE = "append"
