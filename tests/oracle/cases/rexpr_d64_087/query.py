from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, n DECIMAL(9,5), b BOOLEAN, s STRING, dt DATE, i INT, ts TIMESTAMP, t STRING, f FLOAT, j INT, m DECIMAL(38,10)").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT date_sub(dt, i) AS k1, round(avg(5), 0) AS a1, count_if((coalesce(id, 86400L) <> j)) AS a2 FROM src GROUP BY date_sub(dt, i)")
OUTPUT_MODE = "update"
