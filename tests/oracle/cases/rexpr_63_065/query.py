from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, b BOOLEAN, k BIGINT, i INT, dt DATE, d DOUBLE, m DECIMAL(12,4), j INT, ts TIMESTAMP, n DECIMAL(9,5)").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT j, dt, round(avg(d), 0) AS a1, max(CASE WHEN i THEN 1 ELSE 0 END) AS a5, count_if((id < 1L)) AS a2, (max((n * i)) - min((n * i))) AS a3, count_if(CAST(k AS BOOLEAN)) AS a4 FROM src GROUP BY j, dt ORDER BY j, dt")
OUTPUT_MODE = "complete"
ORDERED = True
