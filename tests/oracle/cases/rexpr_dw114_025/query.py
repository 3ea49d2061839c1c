from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT CASE WHEN b THEN dt WHEN b THEN dt ELSE to_date('2024-02-29') END AS k1, count_if((((m * m) IN (0.001, 12.345)) AND b)) AS a1, max((- j)) AS a3, round(avg(radians(n)), 0) AS a2 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
