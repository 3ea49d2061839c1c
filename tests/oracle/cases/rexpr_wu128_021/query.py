from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "try_mod(CAST(i AS BIGINT), 0L) AS c1", "transform_values(map('a', datediff(to_date('2025-03-01'), dt), 'b', width_bucket(3.75D, -10.0D, 10.0D, 4)), (k, v) -> concat(k, CAST(v AS STRING)))", "(i AND b) AS c3")
OUTPUT_MODE = "append"
