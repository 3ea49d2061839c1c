from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(7,0), s STRING, i INT, ts TIMESTAMP, t STRING, dt DATE, n DECIMAL(5,3), d DOUBLE, j INT").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i, least(dt, to_date('2000-01-01')) AS k2, max(dateadd((dt + INTERVAL '1-1' YEAR TO MONTH), i)) AS a1, count(TRY_CAST(d AS DECIMAL(5,1))) AS a2, count_if((concat_ws('-', s, t) >= 'Hello')) AS a3 FROM src GROUP BY i, least(dt, to_date('2000-01-01')) ORDER BY i, k2")
OUTPUT_MODE = "complete"
ORDERED = True
