from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT b, CASE WHEN b THEN i WHEN b THEN i WHEN (d = 0.001D) THEN i ELSE i END AS k2, sum(ceil(CASE WHEN (id < 3L) THEN 99.99 ELSE m END, -1)) AS a1, avg(id) AS a2, count_if((NOT b)) AS a3, round(avg(i), 3) AS a4 FROM src GROUP BY b, k2 HAVING count(*) >= 1")
OUTPUT_MODE = "update"
