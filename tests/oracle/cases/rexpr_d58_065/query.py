from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(d * d) AS c1", "(ts - INTERVAL '1-2' YEAR TO MONTH) AS c2", "char_length(s) AS c3", "CASE WHEN (s > 'abc') THEN reverse(get(split(s, '-'), 0)) WHEN (dt >= to_date('2025-03-01')) THEN substring(t, -3, 10) WHEN CAST(j AS BOOLEAN) THEN t ELSE s END AS c4")
OUTPUT_MODE = "append"
