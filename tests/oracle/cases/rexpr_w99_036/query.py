from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (i % nullif(nullif(i, 10), 0)) AS k1, (max(m) - min(m)) AS a1, sum(CAST(5 AS DECIMAL(20,0))) AS a2, datediff(max(next_day(dt, 'Mon')), min(next_day(dt, 'Mon'))) AS a3, count_if((date_format(dt, 'EEE') LIKE '%e')) AS a4 FROM src GROUP BY 1")
OUTPUT_MODE = "update"
