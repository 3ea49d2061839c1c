from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT t, round(avg(levenshtein(s, t)), 3) AS a1, count_if(coalesce((s <> 'abc'), endswith(t, 'o'), false)) AS a2 FROM src GROUP BY t ORDER BY t")
OUTPUT_MODE = "complete"
ORDERED = True
