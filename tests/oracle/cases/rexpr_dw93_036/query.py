from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, m DECIMAL(38,10), b BOOLEAN, t STRING, dt DATE, i INT, f FLOAT, n DECIMAL(5,3), d DOUBLE, s STRING").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT b, count_if((equal_null((3 * 0), 3) AND (n <> (i * 1)))) AS a1, count_if((ts IS NOT NULL)) AS a2, (max(nvl(i, 3)) - min(nvl(i, 3))) AS a3 FROM src GROUP BY b ORDER BY b")
OUTPUT_MODE = "complete"
ORDERED = True
