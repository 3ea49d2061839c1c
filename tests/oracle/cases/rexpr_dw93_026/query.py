from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.filter("((month(dt) IN (7, 7)) OR (m IS NULL))").createOrReplaceTempView("src")
result = spark.sql("SELECT (b OR b) AS k1, (max(d) - min(d)) AS a1, (max(round(99.99, 3)) - min(round(99.99, 3))) AS a2, min(CASE WHEN b THEN dt WHEN (ts IS NOT NULL) THEN dt ELSE to_date('2023-12-31') END) AS a3, min(CASE WHEN b THEN (i - d) WHEN b THEN (d / -4.0D) END) AS a4 FROM src GROUP BY k1 HAVING count(*) >= 1")
OUTPUT_MODE = "complete"
