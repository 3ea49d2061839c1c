from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT nullif((i + i), 3) AS k1, datediff(max(CASE WHEN (dt >= DATE'2024-02-29') THEN dt WHEN b THEN dt ELSE dt END), min(CASE WHEN (dt >= DATE'2024-02-29') THEN dt WHEN b THEN dt ELSE dt END)) AS a1, count_if(((i + id) IS NULL)) AS a2, min((id + id)) AS a3, max(t) AS a4 FROM src GROUP BY k1 HAVING count(*) >= 1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
