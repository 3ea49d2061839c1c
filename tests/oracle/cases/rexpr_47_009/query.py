from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT length(CAST(d AS STRING)) AS k1, max(add_months(dt, i)) AS a1, (max(floor((n * n), -1)) - min(floor((n * n), -1))) AS a2 FROM src GROUP BY k1 HAVING count(*) >= 1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
