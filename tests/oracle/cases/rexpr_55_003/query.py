from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, n DECIMAL(5,3), s STRING, b BOOLEAN, ts TIMESTAMP, k BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), f FLOAT, dt DATE").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT TRY_CAST(CASE WHEN true THEN s END AS BOOLEAN) AS k1, datediff(max(add_months(date_sub(dt, 1), -1)), min(add_months(date_sub(dt, 1), -1))) AS a1, (max(bround(round((0.5 + n), 3), 2)) - min(bround(round((0.5 + n), 3), 2))) AS a2 FROM src GROUP BY TRY_CAST(CASE WHEN true THEN s END AS BOOLEAN)")
OUTPUT_MODE = "update"
