from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT nullif(i, 10) AS k1, isnan(try_multiply(d, d)) AS k2, max(dateadd(dt, i)) AS a1, min(d) AS a2, datediff(max(coalesce(dt, to_date('2025-03-01'))), min(coalesce(dt, to_date('2025-03-01')))) AS a3, (max(i) - min(i)) AS a4 FROM src GROUP BY nullif(i, 10), isnan(try_multiply(d, d)) HAVING count(*) >= 1")
OUTPUT_MODE = "update"
