from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt AS k1, (max(m) - min(m)) AS a1, sum(greatest(CAST(i AS DECIMAL(20,0)), m)) AS a2, sum(CASE WHEN (pmod(m, nullif(m, 0)) < day(dt)) THEN i ELSE 0 END) AS a3 FROM src GROUP BY dt ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
