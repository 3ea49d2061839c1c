from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, s STRING, ts TIMESTAMP, i INT, f FLOAT, k BIGINT, j INT, dt DATE, t STRING, m DECIMAL(7,0), b BOOLEAN").json(INPUT)
result = df.selectExpr("id", "lpad(left(format_string('%.2f / %s', 0.1D, s), 4), 0, 'é') AS c1", "timestamp_seconds(octet_length(greatest(s, CASE WHEN b THEN t WHEN (m > 100BD) THEN s ELSE t END))) AS c2", "(ts - INTERVAL '1-2' YEAR TO MONTH) AS c3")
OUTPUT_MODE = "append"
