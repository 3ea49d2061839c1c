from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT day(dateadd(dt, i)) AS k1, round(avg((m - ((m + -3.10) * i))), 0) AS a1, min(n) AS a2, count_if(isnull((id / nullif(j, 0)))) AS a3 FROM src GROUP BY k1")
OUTPUT_MODE = "complete"
