from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, f FLOAT, ts TIMESTAMP, m DECIMAL(10,2), dt DATE, i INT, j INT, n DECIMAL(5,3), d DOUBLE, s STRING, b BOOLEAN").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT round(-1.5D) AS k1, datediff(max(trunc(dt, 'Q')), min(trunc(dt, 'Q'))) AS a1, count_if((ts IS NOT NULL)) AS a2, max(m) AS a3 FROM src GROUP BY k1")
OUTPUT_MODE = "complete"
