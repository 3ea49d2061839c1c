from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "i", "coalesce(n, 0.001) AS c1", "timestamp_seconds(ifnull(locate('o', t, 5), 5)) AS c2", "CASE WHEN (t <> 'a') THEN b ELSE (dt < DATE'2025-03-01') END", "(bround((m + n), 3) + bround(n, 0)) AS c4", "CASE WHEN (t <= '日本') THEN left(replace(t, ' ', ''), 2) WHEN b THEN s ELSE repeat(t, 3) END AS c5").filter("(dt IS NOT NULL)")
OUTPUT_MODE = "append"
