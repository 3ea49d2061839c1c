from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (t ILIKE '_') AS k1, max(sha2(array_join(split(t, ','), '/'), 0)) AS a1, (max(i) - min(i)) AS a2 FROM src GROUP BY k1")
OUTPUT_MODE = "complete"
