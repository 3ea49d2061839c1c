from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT b, max(dt) AS a1, sum(CASE WHEN b THEN nullif(i, -1) ELSE 0 END) AS a2, max(round(d, i)) AS a3 FROM src GROUP BY b HAVING count(*) >= 1")
OUTPUT_MODE = "update"
