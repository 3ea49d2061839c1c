from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, b BOOLEAN, j INT, k BIGINT, dt DATE, t STRING, i INT, n DECIMAL(5,3), s STRING, d DOUBLE, m DECIMAL(10,2)").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT date_add(CASE 100 WHEN 3 THEN dt ELSE to_date('2000-01-01') END, (2 * i)) AS k1, sum((m - (abs(i) - 0.5))) AS a1, round(avg(i), 2) AS a2 FROM src GROUP BY date_add(CASE 100 WHEN 3 THEN dt ELSE to_date('2000-01-01') END, (2 * i))")
OUTPUT_MODE = "update"
