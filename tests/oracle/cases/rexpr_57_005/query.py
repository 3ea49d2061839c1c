from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.where("(NOT coalesce((t <> s), false))").createOrReplaceTempView("src")
result = spark.sql("SELECT (s BETWEEN '' AND '') AS k1, avg(0) AS a1, max(CASE WHEN b THEN dt WHEN b THEN CASE WHEN b THEN dt WHEN b THEN dt WHEN (dt >= DATE'2024-02-29') THEN dt ELSE dt END END) AS a2, datediff(max(DATE'2023-12-31'), min(DATE'2023-12-31')) AS a3 FROM src GROUP BY (s BETWEEN '' AND '') ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
