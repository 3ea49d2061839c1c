from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, d DOUBLE, n DECIMAL(4,1), s STRING, i INT, m DECIMAL(38,10), dt DATE, t STRING, b BOOLEAN").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT CASE WHEN b THEN DATE'2000-01-01' ELSE dt END AS k1, max(ts) AS a1, count_if((t BETWEEN '日本' AND '2024-02-29')) AS a2, datediff(max(DATE'2000-01-01'), min(DATE'2000-01-01')) AS a3, (max(sqrt((0.1D / nullif(d, 0)))) - min(sqrt((0.1D / nullif(d, 0))))) AS a4 FROM src GROUP BY CASE WHEN b THEN DATE'2000-01-01' ELSE dt END ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
