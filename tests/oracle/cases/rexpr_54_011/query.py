from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT nullif(nvl2(ts, 100.0D, 100.0D), CAST('NaN' AS DOUBLE)) AS k1, min(m) AS a1, avg(m) AS a2 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
