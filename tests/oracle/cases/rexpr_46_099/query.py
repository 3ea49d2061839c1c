from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.filter("((i IS NOT NULL) OR (id <= 86400L))").createOrReplaceTempView("src")
result = spark.sql("SELECT b, avg(n) AS a1, count_if(coalesce(b, b, true)) AS a2 FROM src GROUP BY b ORDER BY b")
OUTPUT_MODE = "complete"
ORDERED = True
