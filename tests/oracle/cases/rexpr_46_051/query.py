from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.where("((s <> 'x-y') OR (id IS NOT NULL))").createOrReplaceTempView("src")
result = spark.sql("SELECT TRY_CAST((86400L + id) AS INT) AS k1, round(avg(f), 3) AS a1, max((j + 1)) AS a5, (max(m) - min(m)) AS a2, sort_array(collect_set(s)) AS a3, sort_array(collect_set(array_join(split(if(b, s, s), '[aeiou]'), '/'))) AS a4 FROM src GROUP BY TRY_CAST((86400L + id) AS INT) ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
