from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "j", expr("trunc(dt, 'MM') AS c1"), expr("(f + d) AS c2"), expr("pow(weekday(trunc(nullif(dt, DATE'2023-12-31'), 'YEAR')), 0.5) AS c3"), expr("nullif(TRY_CAST('é' AS DATE), DATE'2000-01-01') AS c4"), expr("CASE WHEN isnan(f) THEN n WHEN (dt IS NOT NULL) THEN n WHEN (b IS NOT TRUE) THEN m ELSE least(m, n, m) END").alias("c5"))
OUTPUT_MODE = "append"
