from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT get(split(t, ' '), 1) AS k1, pow(d, 3) AS k2, count(d) AS a1, min(s) AS a2, count((m * n)) AS a3 FROM src GROUP BY get(split(t, ' '), 1), pow(d, 3)")
OUTPUT_MODE = "complete"
