from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(b OR (b IS NOT TRUE))").select("id", "dt", expr("isnan(sqrt(months_between(CASE WHEN (n <= 0.001) THEN ts WHEN (d <= CAST('NaN' AS DOUBLE)) THEN ts ELSE TIMESTAMP'2024-02-29 00:00:00' END, ts))) AS c1"), expr("(least(id, id) * 0)"))
OUTPUT_MODE = "append"
