from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.where("(b IS NOT TRUE)").createOrReplaceTempView("src")
result = spark.sql("SELECT trim(s) AS k1, sort_array(collect_set(s)) AS a1, round(avg((CASE WHEN b THEN d WHEN b THEN d WHEN (k IS NOT NULL) THEN -1.5D END / 10)), 3) AS a2, bool_and(b) AS a3 FROM src GROUP BY trim(s) HAVING count(*) >= 1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
