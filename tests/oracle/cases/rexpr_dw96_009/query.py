from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i, (max(m) - min(m)) AS a1, min(ts) AS a2, round(avg(f), 0) AS a3, count_if((CASE WHEN b THEN 0L ELSE id END < hypot(i, d))) AS a4 FROM src GROUP BY i HAVING count(*) >= 1")
OUTPUT_MODE = "update"
