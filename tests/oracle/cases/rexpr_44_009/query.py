from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(7,0), d DOUBLE, n DECIMAL(5,3), t STRING, dt DATE, s STRING, i INT, ts TIMESTAMP, j INT").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (CAST(10 AS BIGINT) <= m) AS k1, max((1 * year(to_date('2000-01-01')))) AS a1, (max((n + i)) - min((n + i))) AS a2, max((id / i)) AS a3 FROM src GROUP BY 1 HAVING count(*) >= 1")
OUTPUT_MODE = "update"
