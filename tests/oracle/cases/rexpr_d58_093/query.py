from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("from_unixtime(greatest(id, id, id)) AS k1")).agg(expr("min((id % 7)) AS a1"), expr("max(CASE WHEN (b IS NOT TRUE) THEN id END) AS a2"), expr("count(n) AS a3")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
