from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT if((ts IS NOT NULL), s, t) AS k1, degrees(i) AS k2, count_if((nullif((0 * -1), 0) NOT IN (5, 5))) AS a1, round(avg((i + year(CASE WHEN (dt < to_date('2025-03-01')) THEN ts ELSE ts END))), 3) AS a2, min(m) AS a3, sum(i) AS a4 FROM src GROUP BY 1, 2 ORDER BY k1, k2")
OUTPUT_MODE = "complete"
ORDERED = True
