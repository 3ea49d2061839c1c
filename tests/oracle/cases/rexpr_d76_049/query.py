from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.filter("((dt IS NOT NULL) OR (NOT b))").createOrReplaceTempView("src")
result = spark.sql("SELECT s AS k1, max(TIMESTAMP'2024-03-01 12:30:00.123456') AS a1, avg((greatest(f, 0.5D, f) + CASE WHEN b THEN i ELSE 5 END)) AS a2, min(dt) AS a3 FROM src GROUP BY s HAVING count(*) >= 1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
