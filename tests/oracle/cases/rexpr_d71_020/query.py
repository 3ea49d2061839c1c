from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, t STRING, i INT, s STRING, m DECIMAL(38,10), ts TIMESTAMP, b BOOLEAN, j INT, d DOUBLE, dt DATE").json(INPUT)
result = df.filter("(NOT coalesce(b, false))").select("id", expr("levenshtein(if(b, s, s), t) AS c1"), expr("ceil(d)").alias("c2"), expr("(i - greatest(CASE WHEN b THEN m WHEN (id IS NOT NULL) THEN 100BD END, m, m)) AS c3"))
OUTPUT_MODE = "append"
