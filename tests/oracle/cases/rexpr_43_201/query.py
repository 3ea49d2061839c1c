from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, d DOUBLE, s STRING, m DECIMAL(7,0), t STRING, ts TIMESTAMP, dt DATE, j INT, i INT").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT trunc(dt, 'mon') AS k1, sum(CASE WHEN (id = 0L) THEN datediff(dt, dt) ELSE 0 END) AS a1, count_if((((ts + INTERVAL 1 MONTH) + INTERVAL '90' MINUTE) IS NOT NULL)) AS a2, count_if(((CAST(NULL AS DECIMAL(10,2)) > CAST(NULL AS BIGINT)) AND b)) AS a3 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
