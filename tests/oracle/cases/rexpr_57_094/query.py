from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (b <> (j > -1)) AS k1, count_if(isnan(months_between(ts, dt))) AS a1, round(avg(((if(b, i, 10) - (d - f)) / 7)), 3) AS a2 FROM src GROUP BY (b <> (j > -1)) ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
