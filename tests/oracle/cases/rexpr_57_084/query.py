from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, ts TIMESTAMP, m DECIMAL(10,2), s STRING, i INT, dt DATE, t STRING, n DECIMAL(4,1), d DOUBLE").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT CASE WHEN (s > ' ') THEN dt WHEN (t IS NOT NULL) THEN DATE'2023-12-31' WHEN (dt = DATE'2000-01-01') THEN dt ELSE DATE'2023-12-31' END AS k1, dt, sum(100.0D) AS a1, count_if(('a' IN ('2024-02-29'))) AS a2, count_if(startswith(least(s, t, t), 'H')) AS a3 FROM src GROUP BY CASE WHEN (s > ' ') THEN dt WHEN (t IS NOT NULL) THEN DATE'2023-12-31' WHEN (dt = DATE'2000-01-01') THEN dt ELSE DATE'2023-12-31' END, dt HAVING count(*) >= 1")
OUTPUT_MODE = "update"
