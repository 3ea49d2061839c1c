from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(n + n) AS c1", "(id - id) AS c2", "date_add(next_day(last_day(dt), 'TU'), i) AS c3", "CASE WHEN (dt <> DATE'2024-02-29') THEN dt WHEN b THEN dt WHEN b THEN dt ELSE dt END AS c4", "CASE WHEN (dt = DATE'2023-12-31') THEN 86400L ELSE id END AS c5").filter((col("d") < lit(0.001)))
OUTPUT_MODE = "append"
