from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, t STRING, m DECIMAL(12,4), d DOUBLE, n DECIMAL(20,0), ts TIMESTAMP, b BOOLEAN, i INT, s STRING, dt DATE").json(INPUT)
df.filter("(CAST(id AS BOOLEAN) OR (ts IS NOT NULL))").createOrReplaceTempView("src")
result = spark.sql("SELECT rpad(s, 8, 'ab') AS k1, i, (max(d) - min(d)) AS a1, sort_array(collect_set(s)) AS a2 FROM src GROUP BY rpad(s, 8, 'ab'), i ORDER BY k1, i")
OUTPUT_MODE = "complete"
ORDERED = True
