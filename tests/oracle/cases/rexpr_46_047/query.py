from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(18,6), b BOOLEAN, s STRING, i INT, ts TIMESTAMP, d DOUBLE, j INT, dt DATE, f FLOAT").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT least(d, round(d), (i / nullif(i, 0))) AS k1, sum(CASE WHEN (j != id) THEN ceiling(m) ELSE 0 END) AS a1, min(i) AS a2, (max(CAST(i AS DOUBLE)) - min(CAST(i AS DOUBLE))) AS a3, round(avg(i), 3) AS a4 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
