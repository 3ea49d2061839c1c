from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (s < date_format(ts, 'Q')) AS k1, min(left(sha2(t, 224), 2)) AS a1, round(avg(((2 * i) / nullif(if((dt < DATE'2023-12-31'), d, d), 0))), 0) AS a2, max(i) AS a3 FROM src GROUP BY 1 HAVING count(*) >= 1")
OUTPUT_MODE = "update"
