from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "CASE WHEN endswith(s, 'a') THEN (CASE WHEN b THEN id ELSE id END - id) WHEN (t IN ('o')) THEN k END AS c1", "last_day(CASE WHEN (m IS NOT NULL) THEN dt WHEN ((- i) <= i) THEN dt WHEN CAST(i AS BOOLEAN) THEN dt ELSE dt END) AS c2", "(m / 2) AS c3", "cbrt(f) AS c4").filter(((col("c3") >= col("c4")) | col("c2").isNull()))
OUTPUT_MODE = "append"
