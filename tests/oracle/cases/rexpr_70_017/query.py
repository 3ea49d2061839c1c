from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, b BOOLEAN, d DOUBLE, n DECIMAL(9,5), i INT, k BIGINT, m DECIMAL(7,0), ts TIMESTAMP, f FLOAT, s STRING, dt DATE").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT s, bool_and(b) AS a1, sum(CASE WHEN (id = (m - n)) THEN greatest(n, n, n) ELSE 0 END) AS a2, max((NOT i)) AS a3 FROM src GROUP BY s HAVING count(*) >= 1 ORDER BY s")
OUTPUT_MODE = "complete"
ORDERED = True
