from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("((d < round(d, 2)) OR (m IS NULL))").select(expr("CAST(least(i, i, i) AS TIMESTAMP)").alias("c1"), expr("concat_ws(', ', s, CAST(NULL AS STRING))"))
OUTPUT_MODE = "append"
