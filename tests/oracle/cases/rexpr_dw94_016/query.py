from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt, sum(CASE WHEN b THEN (abs(0) + i) ELSE 0 END) AS a1, count_if((s LIKE 'H%')) AS a2, (max(coalesce(-1, 3, -1)) - min(coalesce(-1, 3, -1))) AS a3, count_if(((ts = TIMESTAMP'1999-12-31 23:59:59.999') OR b)) AS a4 FROM src GROUP BY 1")
OUTPUT_MODE = "update"
