from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.where(col("s").isNotNull()).createOrReplaceTempView("src")
result = spark.sql("SELECT t, round(avg(sign(nullif(d, CAST('NaN' AS DOUBLE)))), 3) AS a1, (max(bround(d, 3)) - min(bround(d, 3))) AS a2, round(avg(log1p(exp(ascii(s)))), 2) AS a3, (max(i) - min(i)) AS a4 FROM src GROUP BY t")
OUTPUT_MODE = "complete"
