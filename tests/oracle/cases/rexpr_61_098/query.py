from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("timestamp_seconds(i) AS c1", "((m - n) * i) AS c2", "add_months(CASE WHEN (b OR (s < 'x-y')) THEN dt WHEN (id = 1000L) THEN dt ELSE to_date(ts) END, i) AS c3")
OUTPUT_MODE = "append"
