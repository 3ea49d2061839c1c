from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT date_from_unix_date((i % nullif(i, 0))) AS k1, count_if((s IS NOT NULL)) AS a1, sort_array(collect_set(i)) AS a2, bool_and((s RLIKE '[0-9]+')) AS a3 FROM src GROUP BY k1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
