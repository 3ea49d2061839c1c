from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT if((DATE'2000-01-01' > dt), dt, CASE b WHEN false THEN dt ELSE dt END) AS k1, bool_and(b) AS a1, round(avg(CAST((i - i) AS DOUBLE)), 0) AS a2, (max(second(TIMESTAMP'2024-02-29 00:00:00')) - min(second(TIMESTAMP'2024-02-29 00:00:00'))) AS a3 FROM src GROUP BY if((DATE'2000-01-01' > dt), dt, CASE b WHEN false THEN dt ELSE dt END) HAVING count(*) >= 1")
OUTPUT_MODE = "complete"
