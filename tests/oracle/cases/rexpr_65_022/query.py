from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT b, count_if((CAST(i AS DOUBLE) < m)) AS a1, datediff(max(CASE WHEN b THEN dt WHEN b THEN dt ELSE dt END), min(CASE WHEN b THEN dt WHEN b THEN dt ELSE dt END)) AS a2 FROM src GROUP BY b")
OUTPUT_MODE = "update"
