from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (i % nullif(i, 0)) AS k1, bool_and(if((d > 0.001D), b, true)) AS a1, round(avg(if(b, i, (0 * i))), 0) AS a2, sum(0) AS a3 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
