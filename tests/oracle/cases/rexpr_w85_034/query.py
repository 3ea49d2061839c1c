from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT CASE WHEN b THEN 'a' WHEN (n IS NOT NULL) THEN t WHEN b THEN t ELSE t END AS k1, count_if(isnan(d)) AS a1, count(2) AS a2, max(coalesce(dt, i)) AS a5, round(avg(greatest((n * i), n, 0.001)), 3) AS a3, (max((m + m)) - min((m + m))) AS a4 FROM src GROUP BY CASE WHEN b THEN 'a' WHEN (n IS NOT NULL) THEN t WHEN b THEN t ELSE t END HAVING count(*) >= 1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
