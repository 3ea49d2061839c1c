from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt, min(dt) AS a1, sum(CASE WHEN (round(99.99, 0) BETWEEN 1.25 AND 1.25) THEN nullif((10 + i), 3) ELSE 0 END) AS a2 FROM src GROUP BY 1 HAVING count(*) >= 1")
OUTPUT_MODE = "complete"
