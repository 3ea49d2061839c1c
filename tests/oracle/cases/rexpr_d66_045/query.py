from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(ascii(s) * 1) AS c1", "(NOT regexp_like(CAST(CAST(dt AS TIMESTAMP) AS STRING), '^[A-Z]')) AS c2", "next_day(dt, 'Mon') AS c3", "timestamp_seconds(CASE WHEN ((m >= 99.99) = b) THEN length(s) WHEN (m IS NULL) THEN i WHEN (n IS NOT NULL) THEN i ELSE i END) AS c4").where(col("b"))
OUTPUT_MODE = "append"
