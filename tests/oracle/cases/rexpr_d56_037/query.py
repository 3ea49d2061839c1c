from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT trunc(CAST(NULL AS DATE), 'WEEK') AS k1, size(split('2024-02-29', ' ')) AS k2, avg(nullif((i * 10), -1)) AS a1, round(avg(m), 3) AS a2, count_if((b AND b)) AS a3, max((n / nullif(CAST(NULL AS DECIMAL(10,2)), 0))) AS a4 FROM src GROUP BY k1, k2 HAVING count(*) >= 1")
OUTPUT_MODE = "update"
