from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, n DECIMAL(9,5), s STRING, dt DATE, m DECIMAL(10,2), k BIGINT, ts TIMESTAMP, i INT, t STRING").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT ifnull(datediff(to_date('2000-01-01'), DATE'2024-02-29'), -4) AS k1, avg((5 * id)) AS a1, count_if(contains(t, ' ')) AS a2, round(avg(d), 0) AS a3 FROM src GROUP BY ifnull(datediff(to_date('2000-01-01'), DATE'2024-02-29'), -4)")
OUTPUT_MODE = "update"
