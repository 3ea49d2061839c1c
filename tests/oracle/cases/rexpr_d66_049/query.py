from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT locate('o', t, 1) AS k1, (max((0.5D / 3.0D)) - min((0.5D / 3.0D))) AS a1, min(round(d, 2)) AS a2, min(string(hash(d))) AS a3, (max(CAST((i * 3) AS DOUBLE)) - min(CAST((i * 3) AS DOUBLE))) AS a4 FROM src GROUP BY locate('o', t, 1) HAVING count(*) >= 1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
