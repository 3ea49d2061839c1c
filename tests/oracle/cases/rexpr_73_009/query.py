from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, ts TIMESTAMP, n DECIMAL(4,1), d DOUBLE, t STRING, m DECIMAL(10,2), b BOOLEAN, dt DATE, i INT, s STRING, j INT").json(INPUT)
result = df.selectExpr("id", "format_string('%s-%d', s, i) AS c1", "CASE WHEN (b IS NOT TRUE) THEN m WHEN b THEN n WHEN b THEN n ELSE n END AS c2", "greatest(dt, dt) AS c3", "date_trunc('MONTH', ts) AS c4").where(((col("s") == col("t")) | col("b")))
OUTPUT_MODE = "append"
